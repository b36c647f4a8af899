package cn.jixiao.project.deadletters;

import java.util.List;

/** What replaying all of a consumer's waiting letters did: the letters put back, in the order replayed. */
record ReplayedLetters(String consumer, int replayed, List<DeadLetterRow> letters) {
}
