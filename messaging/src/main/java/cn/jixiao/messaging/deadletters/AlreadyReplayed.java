package cn.jixiao.messaging.deadletters;

/** A letter already put back on its topic: replaying it again would only send the same record twice. */
public final class AlreadyReplayed extends RuntimeException {

    private final transient DeadLetter letter;

    public AlreadyReplayed(DeadLetter letter) {
        super("dead letter " + letter.id() + " was replayed by " + letter.replays().get(0).by() + " at "
                + letter.replays().get(0).at());
        this.letter = letter;
    }

    public DeadLetter letter() {
        return letter;
    }
}
