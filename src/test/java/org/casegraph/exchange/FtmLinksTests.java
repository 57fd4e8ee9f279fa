package org.casegraph.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** FollowTheMoney relationship lines as what their claims need: parties, dates, provenance; and back. */
class FtmLinksTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void shouldReadAMembershipWithItsDatesAndProvenance() throws Exception {
    var link = read("""
        {"id": "m-1", "schema": "Membership", "properties": {"member": ["p-1"], "organization": ["o-1"], "role": ["treasurer"],
         "startDate": ["2019-03-01T00:00:00"], "endDate": ["2021"], "summary": ["She kept the books."],
         "sourceUrl": ["https://example.org/1"], "recordId": ["R-9"], "modifiedAt": ["2024-11-18T09:30:00Z"]}}""");

    assertThat(link).isEqualTo(new FtmLinks.Link("m-1", FtmLinks.Shape.MEMBERSHIP, "p-1", "o-1", "treasurer", null,
        "2019-03-01", "2021", null, "She kept the books.", "https://example.org/1", "R-9", "2024-11-18T09:30:00Z"));
    assertThat(link.claimedOn()).as("when the publisher last stated it").isEqualTo("2024-11-18");
  }

  @Test
  void shouldDateAClaimByTheLinesDateWhenItWasNotModified() throws Exception {
    var link = read("""
        {"id": "o-1", "schema": "Ownership", "properties": {"owner": ["p-1"], "asset": ["c-1"], "ownershipType": ["shareholder"],
         "percentage": ["51"], "date": ["2024-06"]}}""");

    assertThat(link.detail()).isEqualTo("shareholder");
    assertThat(link.percentage()).isEqualTo("51");
    assertThat(link.claimedOn()).isEqualTo("2024-06");
    assertThat(FtmLinks.Shape.OWNERSHIP.statement("Ana", "Caribe SA", link.detail(), link.percentage()))
        .isEqualTo("Ana owns Caribe SA (51%): shareholder");
  }

  @Test
  void shouldTakeEachSchemasOwnNamesForItsTwoParties() throws Exception {
    assertThat(read("{\"id\": \"f\", \"schema\": \"Family\", \"properties\": {\"person\": [\"a\"], \"relative\": [\"b\"], \"relationship\": [\"sister\"]}}"))
        .extracting(FtmLinks.Link::from, FtmLinks.Link::to, FtmLinks.Link::detail).containsExactly("a", "b", "sister");
    assertThat(read("{\"id\": \"e\", \"schema\": \"Employment\", \"properties\": {\"employee\": [\"a\"], \"employer\": [\"b\"]}}"))
        .extracting(FtmLinks.Link::from, FtmLinks.Link::to).containsExactly("a", "b");
    assertThat(read("{\"id\": \"u\", \"schema\": \"UnknownLink\", \"properties\": {\"subject\": [\"a\"], \"object\": [\"b\"]}}").shape().kind)
        .isEqualTo(org.casegraph.tie.Tie.Kind.UNKNOWN);
    assertThat(FtmLinks.Shape.EMPLOYMENT.defaultTitle).isEqualTo("employee");
    assertThat(FtmLinks.Shape.ASSOCIATE.isRole()).isFalse();
  }

  @Test
  void shouldRefuseALineAPersonCanFixWithTheReason() {
    assertThat(refused("{\"id\": \"m\", \"schema\": \"Membership\", \"properties\": {\"member\": [\"a\"]}}"))
        .isEqualTo("a Membership names both member and organization; this line has no organization");
    assertThat(refused("{\"id\": \"m\", \"schema\": \"Membership\", \"properties\": {\"member\": [\"a\", \"b\"], \"organization\": [\"o\"]}}"))
        .startsWith("a Membership joins one member to one organization; this line names 2 and 1");
    assertThat(refused("{\"id\": \"f\", \"schema\": \"Family\", \"properties\": {\"person\": [\"a\"], \"relative\": [\"a\"]}}"))
        .isEqualTo("person and relative are the same entity (a)");
    assertThat(refused("{\"id\": \"d\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"a\"], \"organization\": [\"o\"], \"endDate\": [\"soon\"]}}"))
        .isEqualTo("endDate 'soon' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(refused("{\"id\": \"d\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"a\"], \"organization\": [\"o\"], \"startDate\": [\"2020-05\"], \"endDate\": [\"2020-04-30\"]}}"))
        .isEqualTo("endDate 2020-04-30 is before startDate 2020-05");
    assertThat(refused("{\"id\": \"d\", \"schema\": \"Associate\", \"properties\": {\"person\": [\"a\"], \"associate\": [\"b\"], \"modifiedAt\": [\"yesterday\"]}}"))
        .startsWith("modifiedAt 'yesterday' is not a date");
    assertThat(refused("{\"id\": \"s\", \"schema\": \"Succession\", \"properties\": {}}"))
        .startsWith("schema 'Succession' is not imported");
  }

  @Test
  void shouldAcceptADateThatEndsTheSameMonthItStarts() throws Exception {
    assertThat(read("{\"id\": \"d\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"a\"], \"organization\": [\"o\"], \"startDate\": [\"2020-05-31\"], \"endDate\": [\"2020-05\"]}}").until())
        .isEqualTo("2020-05");
  }

  @Test
  void shouldWriteBackTheSamePropertiesItRead() throws Exception {
    var line = """
        {"id": "o-1", "schema": "Ownership", "properties": {"owner": ["p-1"], "asset": ["c-1"], "role": ["nominee"],
         "percentage": ["51"], "startDate": ["2020-01-15"], "endDate": ["2023"], "date": ["2024-06-01"], "summary": ["Held for another."],
         "sourceUrl": ["https://example.org/o"], "recordId": ["R-1"], "modifiedAt": ["2024-11-18T09:30:00"]}}""";
    var link = read(line);
    var claim = Map.<String, Object>of("quote", "Held for another.", "sourceUrl", "https://example.org/o", "ftmDate", "2024-06-01",
        "ftmRecordId", "R-1", "ftmModifiedAt", "2024-11-18T09:30:00");

    var written = FtmLinks.properties(link.shape(), link.from(), link.to(), link.detail(), link.percentage(), link.since(), link.until(), claim);

    assertThat((tools.jackson.databind.JsonNode) JSON.valueToTree(written)).isEqualTo(JSON.readTree(line).get("properties"));
    assertThat(written.get("owner")).isEqualTo(List.of("p-1"));
  }

  @Test
  void shouldStoreAnEmploymentWithNoTitleAsARoleTitledEmployeeAndItsClaimDatedByModifiedAt() throws Exception {
    var link = read("""
        {"id": "e-1", "schema": "Employment", "properties": {"employee": ["p-1"], "employer": ["o-1"], "endDate": ["2022-12"],
         "summary": ["Clerk until 2022."], "sourceUrl": ["https://example.org/e"], "modifiedAt": ["2024-11-18T09:30:00"]}}""");
    var origin = new FtmOrigin("registry", "Test Registry", "https://example.org/");
    var person = new FtmLinkWriter.Party("person:ftm-p-1", "Luis Rivas", true, false);
    var employer = new FtmLinkWriter.Party("org:ftm-o-1", "Inversiones Caribe", false, true);

    var role = FtmLinkRows.role(link, person, employer, origin);
    var claim = FtmLinkRows.claim(link, "role:ftm-e-1", person, employer, "org:ftm-publisher-x", origin);

    assertThat(role).containsEntry("id", "role:ftm-e-1").containsEntry("person", "person:ftm-p-1")
        .containsEntry("organisation", "org:ftm-o-1").containsEntry("title", "employee").containsEntry("until", "2022-12")
        .containsEntry("ftmId", "e-1").containsEntry("ftmSchema", "Employment").doesNotContainKey("since");
    assertThat(claim).containsEntry("id", "claim:ftm-registry-role-ftm-e-1").containsEntry("statement", "Luis Rivas is employed by Inversiones Caribe")
        .containsEntry("quote", "Clerk until 2022.").containsEntry("claimedOn", "2024-11-18")
        .containsEntry("claimedOnStart", java.time.LocalDate.of(2024, 11, 18)).containsEntry("sourceUrl", "https://example.org/e")
        .containsEntry("source", "source:ftm-registry").containsEntry("claimant", "org:ftm-publisher-x");
  }

  @Test
  void shouldStoreAFamilyTieBetweenItsTwoPeople() throws Exception {
    var link = read("{\"id\": \"f-1\", \"schema\": \"Family\", \"properties\": {\"person\": [\"a\"], \"relative\": [\"b\"], \"relationship\": [\"brother\"]}}");
    var origin = new FtmOrigin("registry", "Test Registry", null);

    var tie = FtmLinkRows.tie(link, new FtmLinkWriter.Party("person:ftm-a", "Ana", true, false),
        new FtmLinkWriter.Party("person:ftm-b", "Luis", true, false), origin);

    assertThat(tie).containsEntry("id", "tie:ftm-f-1").containsEntry("kind", "FAMILY").containsEntry("from", "person:ftm-a")
        .containsEntry("to", "person:ftm-b").containsEntry("relationship", "brother");
    assertThat(FtmLinkRows.claimant(origin)).containsEntry("name", "Test Registry").containsEntry("category", "OTHER")
        .hasEntrySatisfying("id", id -> assertThat((String) id).startsWith("org:ftm-publisher-test-registry-"));
  }

  private static FtmLinks.Link read(String line) throws Exception {
    var outcome = FtmEntities.map(JSON.readTree(line));
    assertThat(outcome).isInstanceOf(FtmEntities.Related.class);
    return ((FtmEntities.Related) outcome).link();
  }

  private static String refused(String line) {
    var outcome = FtmEntities.map(JSON.readTree(line));
    assertThat(outcome).isInstanceOf(FtmEntities.Refused.class);
    return ((FtmEntities.Refused) outcome).reason();
  }
}
