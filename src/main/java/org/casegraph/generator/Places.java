package org.casegraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** Venezuela's states and some of their towns, where the generated prisons, protests and outlets are. */
final class Places {

  record Region(String name, List<String> towns) {}

  record Town(String name, String region) {}

  static final List<Region> REGIONS = List.of(
      new Region("Distrito Capital", List.of("Caracas", "El Valle", "Catia", "La Vega", "Antímano")),
      new Region("Miranda", List.of("Los Teques", "Guarenas", "Petare", "Ocumare del Tuy", "Charallave")),
      new Region("Aragua", List.of("Maracay", "Tocorón", "La Victoria", "Turmero", "Cagua")),
      new Region("Carabobo", List.of("Valencia", "Tocuyito", "Puerto Cabello", "Guacara", "Morón")),
      new Region("Lara", List.of("Barquisimeto", "Carora", "El Tocuyo", "Quíbor", "Cabudare")),
      new Region("Zulia", List.of("Maracaibo", "Cabimas", "San Francisco", "Machiques", "Ciudad Ojeda")),
      new Region("Táchira", List.of("San Cristóbal", "Rubio", "San Antonio del Táchira", "La Grita")),
      new Region("Mérida", List.of("Mérida", "El Vigía", "Ejido", "Tovar", "Mucuchíes")),
      new Region("Trujillo", List.of("Valera", "Trujillo", "Boconó", "Sabana de Mendoza")),
      new Region("Falcón", List.of("Coro", "Punto Fijo", "Tucacas", "Churuguara")),
      new Region("Yaracuy", List.of("San Felipe", "Yaritagua", "Nirgua", "Chivacoa")),
      new Region("Portuguesa", List.of("Guanare", "Acarigua", "Araure", "Biscucuy")),
      new Region("Barinas", List.of("Barinas", "Socopó", "Santa Bárbara", "Barinitas")),
      new Region("Cojedes", List.of("San Carlos", "Tinaquillo", "El Pao")),
      new Region("Guárico", List.of("San Juan de los Morros", "Calabozo", "Valle de la Pascua", "Zaraza")),
      new Region("Apure", List.of("San Fernando de Apure", "Guasdualito", "Achaguas")),
      new Region("Anzoátegui", List.of("Barcelona", "Puerto La Cruz", "El Tigre", "Anaco", "Lechería")),
      new Region("Monagas", List.of("Maturín", "Punta de Mata", "Caripito", "Temblador")),
      new Region("Sucre", List.of("Cumaná", "Carúpano", "Güiria", "Cariaco")),
      new Region("Nueva Esparta", List.of("Porlamar", "La Asunción", "Juan Griego", "Pampatar")),
      new Region("Bolívar", List.of("Ciudad Bolívar", "Puerto Ordaz", "Upata", "El Callao", "Tumeremo")),
      new Region("Amazonas", List.of("Puerto Ayacucho", "San Fernando de Atabapo")),
      new Region("Delta Amacuro", List.of("Tucupita", "Pedernales")),
      new Region("La Guaira", List.of("La Guaira", "Catia La Mar", "Macuto", "Naiguatá")));

  private Places() {}

  static Region region(RandomGenerator random) {
    return REGIONS.get(random.nextInt(REGIONS.size()));
  }

  static Town town(RandomGenerator random) {
    var region = region(random);
    return new Town(region.towns().get(random.nextInt(region.towns().size())), region.name());
  }
}
