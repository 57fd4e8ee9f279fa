package org.casegraph.resolution;

import java.util.List;
import java.util.Map;

/**
 * Everything an unmerge needs to put the graph back as it was: the duplicate's labels and properties,
 * each relationship it had, keep's name keys before and after, and the properties rewritten elsewhere.
 */
record MergeRecord(Merge merge, List<String> duplicateLabels, Map<String, Object> duplicateProperties,
    List<MovedLink> links, Map<String, Object> keepBefore, Map<String, Object> keepAfter,
    List<RewrittenProperty> rewritten) {}
