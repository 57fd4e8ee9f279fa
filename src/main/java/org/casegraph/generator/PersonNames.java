package org.casegraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names as they are written in Venezuela: one or two given names and one or two surnames, with their
 * accents. Common surnames come up often and rare ones seldom, as in a real register.
 */
final class PersonNames {

  /** A name and the shorter forms the press uses for it. */
  record Name(String full, List<String> aliases) {}

  private static final List<String> WOMEN = List.of("María", "Ana", "Carmen", "Luisa", "Yolanda", "Inés", "Belén",
      "Mónica", "Verónica", "Lucía", "Sofía", "Valentina", "Daniela", "Gabriela", "Andreína", "Yusmary", "Marisela",
      "Rosalía", "Génesis", "Dayana", "Raquel", "Teresa", "Beatriz", "Elena", "Isabel", "Patricia", "Josefina",
      "Milagros", "Zulay", "Nohelí", "Débora", "Tamara", "Ángela", "Natalia", "Rocío", "Adriana", "Fabiola",
      "Xiomara", "Yelitza", "Coromoto", "Francis", "Aracelis", "Maité", "Irene", "Jimena", "Noemí", "Estefanía");
  private static final List<String> MEN = List.of("José", "Luis", "Carlos", "Andrés", "Ramón", "Jesús", "Ángel",
      "Héctor", "Víctor", "Raúl", "Óscar", "Rubén", "Iván", "Adrián", "Sebastián", "Martín", "Julián", "Nicolás",
      "Tomás", "Simón", "Germán", "Joaquín", "Miguel", "Rafael", "Antonio", "Manuel", "Francisco", "Pedro",
      "Alejandro", "Daniel", "Eduardo", "Gustavo", "Jhonny", "Wilmer", "Yohandry", "Freddy", "Efraín", "Leonardo",
      "Néstor", "Aníbal", "Gerardo", "Ernesto", "Álvaro", "Rodrigo", "Jonás", "Isaías", "Saúl", "Moisés", "Darwin");
  private static final List<String> SURNAMES = List.of("González", "Rodríguez", "Pérez", "Hernández", "García",
      "Martínez", "López", "Sánchez", "Ramírez", "Díaz", "Gómez", "Fernández", "Torres", "Rojas", "Morales",
      "Álvarez", "Jiménez", "Muñoz", "Gutiérrez", "Suárez", "Castillo", "Vargas", "Medina", "Herrera", "Mendoza",
      "Méndez", "Núñez", "Peña", "Chávez", "Marín", "Durán", "Guzmán", "Quintero", "Aguilar", "Salazar", "Márquez",
      "Rincón", "Briceño", "Colmenares", "Ibáñez", "Páez", "Linares", "Acuña", "Zambrano", "Villalobos", "León",
      "Ocando", "Montilla", "Carreño", "Uzcátegui", "Bolívar", "Escalona", "Pacheco", "Camacho", "Ortiz", "Silva",
      "Guerrero", "Delgado", "Romero", "Blanco", "Parra", "Figueroa", "Velásquez", "Sosa", "Toro", "Pineda",
      "Barrios", "Mora", "Villegas", "Contreras", "Cordero", "Arráez", "Brito", "Lugo", "Osorio", "Tovar", "Añez",
      "Gil", "Istúriz", "Lárez", "Urdaneta", "Oropeza", "Mújica", "Betancourt", "Sifontes", "Farías", "Piñango",
      "Galíndez", "Echenique", "Yépez", "Zerpa", "Lozada", "Cedeño", "Bermúdez", "Maldonado", "Rangel", "Chirinos",
      "Figuera", "Querales", "Aranguren", "Bracho", "Rondón", "Guédez", "Heredia", "Noguera", "Perdomo", "Timaure",
      "D'Amico", "De Sousa", "Rodrigues", "Fernandes", "Di Giacomo", "Abreu", "Goncalves", "Carrasquel", "Inciarte");

  private final Zipf surnames = new Zipf(SURNAMES.size(), 0.9);

  Name next(RandomGenerator random) {
    var given = random.nextBoolean() ? WOMEN : MEN;
    var first = given.get(random.nextInt(given.size()));
    var second = random.nextDouble() < 0.35 ? other(given, first, random) : null;
    var surname = SURNAMES.get(surnames.sample(random));
    var secondSurname = random.nextDouble() < 0.7 ? otherSurname(surname, random) : null;
    var givenNames = second == null ? first : first + " " + second;
    var full = secondSurname == null ? givenNames + " " + surname : givenNames + " " + surname + " " + secondSurname;
    var aliases = new ArrayList<String>();
    if (secondSurname != null) {
      aliases.add(givenNames + " " + surname);
    }
    if (second != null) {
      aliases.add(first + " " + surname);
    }
    return new Name(full, List.copyOf(aliases));
  }

  private static String other(List<String> names, String not, RandomGenerator random) {
    String name;
    do {
      name = names.get(random.nextInt(names.size()));
    } while (name.equals(not));
    return name;
  }

  private String otherSurname(String not, RandomGenerator random) {
    String name;
    do {
      name = SURNAMES.get(surnames.sample(random));
    } while (name.equals(not));
    return name;
  }
}
