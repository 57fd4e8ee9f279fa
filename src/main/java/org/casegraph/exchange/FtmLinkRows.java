package org.casegraph.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.dataset.Dataset;
import org.casegraph.dataset.Upserts;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The node properties a FollowTheMoney relationship line is stored as: its fact (a role, with the
 * properties every role has, or a tie), its claim (with the line's provenance), and the publisher who
 * claims it. What is stored is compared with these to tell an unchanged line from an updated one.
 */
final class FtmLinkRows {

  private FtmLinkRows() {}

  static Map<String, Object> role(FtmLinks.Link link, FtmLinkWriter.Party from, FtmLinkWriter.Party to, FtmOrigin origin) {
    var row = new LinkedHashMap<String, Object>();
    var id = FtmEntities.casegraphId("role", link.ftmId());
    row.put("id", id);
    row.put("person", from.id());
    row.put("organisation", to.id());
    row.put("title", link.detail() != null ? link.detail() : link.shape().defaultTitle);
    put(row, "since", link.since());
    put(row, "until", link.until());
    bookkeeping(row, id, link);
    return row;
  }

  static Map<String, Object> tie(FtmLinks.Link link, FtmLinkWriter.Party from, FtmLinkWriter.Party to, FtmOrigin origin) {
    var row = new LinkedHashMap<String, Object>();
    var id = FtmEntities.casegraphId("tie", link.ftmId());
    row.put("id", id);
    row.put("kind", link.shape().kind.name());
    row.put("from", from.id());
    row.put("to", to.id());
    put(row, "relationship", link.detail());
    put(row, "percentage", link.percentage());
    put(row, "since", link.since());
    put(row, "until", link.until());
    bookkeeping(row, id, link);
    return row;
  }

  /** Where a fact came from is its claims' to say: a fact two data sets give has a claim from each. */
  private static void bookkeeping(Map<String, Object> row, String id, FtmLinks.Link link) {
    if (!id.substring(id.indexOf(':') + 1).equals(link.ftmId())) {
      row.put("ftmId", link.ftmId());
    }
    row.put("ftmSchema", link.shape().schema);
  }

  /** The claim behind a fact: the publisher's, from the data set, with the line's provenance kept. */
  static Map<String, Object> claim(FtmLinks.Link link, String factId, FtmLinkWriter.Party from, FtmLinkWriter.Party to, String claimant, FtmOrigin origin) {
    var row = new LinkedHashMap<String, Object>();
    row.put("id", claimId(factId, origin));
    row.put("statement", link.shape().statement(from.name(), to.name(), link.detail(), link.percentage()));
    put(row, "quote", link.summary());
    row.put("claimant", claimant);
    row.put("source", origin.sourceId());
    var claimedOn = link.claimedOn();
    if (claimedOn != null) {
      var date = PartialDate.parse(claimedOn);
      row.put("claimedOn", date.toString());
      row.put("claimedOnStart", date.start());
      row.put("claimedOnEnd", date.end());
    }
    put(row, "sourceUrl", link.sourceUrl());
    put(row, "ftmDate", link.date());
    put(row, "ftmModifiedAt", link.modifiedAt());
    put(row, "ftmRecordId", link.recordId());
    row.put("importedFrom", origin.sourceId());
    return row;
  }

  /**
   * The claim with which a data set backs an imported fact: {@code claim:}, the data set's source id and the
   * fact's id after their prefixes ({@code claim:ftm-us-ofac-sdn-role-ftm-m-1}). One claim per data set and fact:
   * importing it again finds the same claim; another data set giving the same relationship adds its own.
   */
  static String claimId(String factId, FtmOrigin origin) {
    var source = origin.sourceId();
    return "claim:" + source.substring(source.indexOf(':') + 1) + "-" + factId.replace(':', '-');
  }

  /**
   * The data set's publisher, as the organisation that makes the claims of an import: made by the first
   * import that names it, and left as it is after (a FollowTheMoney export carries it as an Organization).
   */
  static Map<String, Object> claimant(FtmOrigin origin) {
    var publisher = java.util.Objects.requireNonNull(origin.publisher());
    var id = FtmEntities.casegraphId("org", "publisher-" + publisher);
    var item = new Dataset.OrganisationItem(id, publisher, List.of(), "Publisher of FollowTheMoney data imported here", "OTHER", null);
    var row = new LinkedHashMap<>(Upserts.properties(new Dataset(Dataset.FORMAT, null, null, List.of(item), null, null, null, null,
        null, null, null)).get(id));
    row.put("ftmSchema", "Organization");
    row.put("importedFrom", origin.sourceId());
    return row;
  }

  private static void put(Map<String, Object> row, String key, @Nullable Object value) {
    if (value != null) {
      row.put(key, value);
    }
  }
}
