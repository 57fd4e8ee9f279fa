package org.casegraph.exchange;

import java.util.List;

/** What writing one batch of FollowTheMoney lines did: each line compared with what was stored, and the lines refused. */
record BatchWritten(long created, long updated, long unchanged, List<Rejection> rejections) {}
