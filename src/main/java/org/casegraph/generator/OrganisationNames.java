package org.casegraph.generator;

import java.util.List;
import java.util.random.RandomGenerator;
import org.casegraph.organisation.Organisation.Category;

/** Plausible, invented names for organisations of each category, most of them tied to a region. */
final class OrganisationNames {

  /** A state, with its name in Spanish as an alias. */
  record Country(String name, String code, String spanish) {}

  static final List<Country> STATES = List.of(new Country("Venezuela", "VE", "República Bolivariana de Venezuela"),
      new Country("Colombia", "CO", "República de Colombia"), new Country("Brazil", "BR", "Brasil"),
      new Country("Spain", "ES", "España"), new Country("Argentina", "AR", "República Argentina"),
      new Country("Chile", "CL", "República de Chile"), new Country("Peru", "PE", "Perú"),
      new Country("Ecuador", "EC", "República del Ecuador"), new Country("Mexico", "MX", "México"),
      new Country("Panama", "PA", "Panamá"), new Country("Costa Rica", "CR", "República de Costa Rica"),
      new Country("United States", "US", "Estados Unidos"), new Country("Portugal", "PT", "República Portuguesa"),
      new Country("Italy", "IT", "Italia"), new Country("Uruguay", "UY", "República Oriental del Uruguay"),
      new Country("Dominican Republic", "DO", "República Dominicana"));

  static final List<String> INTERNATIONAL = List.of("Independent Panel on Arbitrary Detention in the Americas",
      "Inter-American Observatory of Human Rights", "International Commission of Inquiry on Post-Electoral Violence",
      "Regional Office for Human Rights of the Andean States", "International Electoral Observation Mission",
      "Global Detention Monitor", "Hemispheric Forum of Ombudsmen", "International Panel of Jurists on Venezuela",
      "Special Rapporteurship on Prison Conditions", "Latin American Council of Bar Associations");

  private static final List<String> NGO = List.of("Observatorio de Derechos Humanos de %s",
      "Comité de Familiares de Presos Políticos de %s", "Red de Defensores de %s", "Comisión de Justicia y Paz de %s",
      "Coalición por la Libertad de %s", "Acción Solidaria %s", "Centro de Asistencia Legal de %s",
      "Voces de %s por la Justicia", "Fundación Amanecer de %s", "Movimiento de Madres de %s");
  private static final List<String> MEDIA = List.of("El Diario de %s", "La Voz de %s", "%s Noticias", "Radio %s",
      "El Informador de %s", "Crónica de %s", "Noticiero de %s", "El Correo de %s", "The %s Observer", "%s al Día",
      "Televisora de %s", "El Heraldo de %s");
  private static final List<String> GOVERNMENT = List.of("Gobernación de %s", "Dirección de Servicios Penitenciarios de %s",
      "Policía Estadal de %s", "Comando de Seguridad Ciudadana de %s", "Defensoría Regional de %s",
      "Secretaría de Gobierno de %s");
  private static final List<String> PARTIES = List.of("Movimiento Ciudadano de %s", "Partido Renovación de %s",
      "Frente Democrático de %s", "Alianza Popular de %s", "Unión Republicana de %s", "Bloque Estudiantil de %s");
  private static final List<String> OTHER = List.of("Colegio de Abogados de %s", "Federación de Centros Universitarios de %s",
      "Sindicato de Trabajadores de la Salud de %s", "Cámara de Comercio de %s", "Asociación de Vecinos de %s",
      "Colegio Nacional de Periodistas, seccional %s");
  private static final List<String> ORDINALS = List.of("Primero", "Segundo", "Tercero", "Cuarto", "Quinto", "Sexto",
      "Séptimo", "Octavo", "Noveno", "Décimo");

  private OrganisationNames() {}

  /** A name of the category; {@code place} is a region or town, {@code attempt} varies it when it is taken. */
  static String name(Category category, String place, String region, int attempt, RandomGenerator random) {
    return switch (category) {
      case NGO -> pick(NGO, random).formatted(place);
      case MEDIA -> pick(MEDIA, random).formatted(place);
      case GOVERNMENT_BODY -> pick(GOVERNMENT, random).formatted(region);
      case POLITICAL_GROUP -> pick(PARTIES, random).formatted(region);
      case OTHER -> pick(OTHER, random).formatted(place);
      case PROSECUTOR -> attempt == 0 ? "Fiscalía Superior de " + region
          : "Fiscalía %s del Ministerio Público en %s".formatted(feminine(pick(ORDINALS, random)), region);
      case COURT -> random.nextBoolean() ? "Tribunal %s de Control de %s".formatted(pick(ORDINALS, random), region)
          : "Tribunal %s de Juicio de %s".formatted(pick(ORDINALS, random), region);
      case ELECTORAL_AUTHORITY -> attempt == 0 ? "Junta Electoral Regional de " + region
          : "Oficina Electoral %s de %s".formatted(place, region);
      case STATE, INTERNATIONAL_BODY -> throw new IllegalArgumentException(category + " names come from fixed lists");
    };
  }

  /** Initials of the significant words ("Comité de Familiares de Presos Políticos de Lara": CFPPL). */
  static String acronym(String name) {
    var initials = new StringBuilder();
    for (var word : name.split("[ ,]+")) {
      if (word.length() > 3 || (word.length() > 1 && Character.isUpperCase(word.charAt(0)))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }

  static String description(Category category, String region) {
    var where = region.isEmpty() ? "" : " in " + region;
    return switch (category) {
      case NGO -> "A human-rights group working" + (region.isEmpty() ? " across Venezuela." : where + ", Venezuela.");
      case MEDIA -> "A news outlet" + where + ".";
      case GOVERNMENT_BODY -> "A public body" + where + ".";
      case PROSECUTOR -> "A prosecutor's office" + where + ".";
      case COURT -> "A criminal court" + where + ".";
      case POLITICAL_GROUP -> "A political party" + where + ".";
      case ELECTORAL_AUTHORITY -> "An electoral authority" + where + ".";
      case STATE -> "A state.";
      case INTERNATIONAL_BODY -> "An international body that monitors human rights and elections.";
      case OTHER -> "A professional, civic or religious association" + where + ".";
    };
  }

  private static String feminine(String ordinal) {
    return ordinal.substring(0, ordinal.length() - 1) + "a";
  }

  private static String pick(List<String> items, RandomGenerator random) {
    return items.get(random.nextInt(items.size()));
  }
}
