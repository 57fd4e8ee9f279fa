package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.casegraph.dataset.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** FollowTheMoney entities as people and organisations, with ids that stay the same. */
class FtmEntitiesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void shouldKeepAnIdThatIsAlreadyACasegraphIdOrACleanSlug() {
    assertThat(FtmEntities.casegraphId("person", "person:alfredo-romero")).isEqualTo("person:alfredo-romero");
    assertThat(FtmEntities.casegraphId("person", "3f2a9c0e")).isEqualTo("person:ftm-3f2a9c0e");
  }

  @Test
  void shouldTellApartIdsThatDifferOnlyInCase() {
    var upper = FtmEntities.casegraphId("person", "NK-abc");
    var lower = FtmEntities.casegraphId("person", "nk-abc");

    assertThat(upper).matches("person:ftm-nk-abc-[0-9a-f]{8}").isNotEqualTo(lower);
    assertThat(FtmEntities.casegraphId("person", "NK-abc")).isEqualTo(upper);
    assertThat(FtmEntities.casegraphId("org", "Q" + "x".repeat(300))).matches("org:ftm-q x{79}-[0-9a-f]{8}".replace(" ", ""));
  }

  @Test
  void shouldMapAPersonWithNamesAliasesAndTheFirstUsableDate() throws Exception {
    var outcome = FtmEntities.map(JSON.readTree("""
        {"id": "p1", "schema": "Person", "properties": {"name": ["Ana Díaz", "Ana Diaz"], "alias": ["La Jefa", "Ana Díaz"],
         "birthDate": ["1970-02-03T00:00:00"], "nationality": ["suhh", "ve"], "description": ["A judge."]}}"""));

    assertThat(outcome).isInstanceOfSatisfying(FtmEntities.Mapped.class, m -> {
      assertThat(m.id()).isEqualTo("person:ftm-p1");
      assertThat(m.item()).isEqualTo(new Dataset.PersonItem("person:ftm-p1", "Ana Díaz", java.util.List.of("Ana Diaz", "La Jefa"),
          "A judge.", "VE", "1970-02-03"));
    });
  }

  @Test
  void shouldTakeTheCategoryFromTheClassificationOrTheSchema() throws Exception {
    assertThat(FtmEntities.category("Company", java.util.List.of("ngo"))).isEqualTo("NGO");
    assertThat(FtmEntities.category("PublicBody", java.util.List.of("ministry"))).isEqualTo("GOVERNMENT_BODY");
    assertThat(FtmEntities.category("Organization", java.util.List.of())).isEqualTo("OTHER");
  }

  @Test
  void shouldRefuseWhatItCannotKeepAndSayWhy() throws Exception {
    assertThat(reason("[1, 2]")).isEqualTo("not a JSON object");
    assertThat(reason("{\"schema\": \"Person\"}")).isEqualTo("no id");
    assertThat(reason("{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"nationality\": [\"ve\"]}}")).isEqualTo("no name");
    assertThat(reason("{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"], \"nationality\": [\"Venezuela\"]}}"))
        .isEqualTo("nationality 'Venezuela' is not an ISO 3166-1 alpha-2 country code");
    assertThat(reason("{\"id\": \"x\", \"schema\": \"Address\", \"properties\": {\"name\": [\"X\"]}}")).startsWith("schema 'Address' is not imported");
  }

  private static String reason(String json) {
    return ((FtmEntities.Refused) FtmEntities.map(JSON.readTree(json))).reason();
  }
}
