package cn.jixiao.loadtest.seed;

/** The local stack's passwords the seed and the simulation sign in with. Local stack only: nothing real has them. */
public final class SeedPasswords {

    /** Every demo user's password (README, "Demo logins"). */
    public static final String DEMO = "Jixiao-2026";
    /** The seeded streets' editors' password, set by the seed. */
    public static final String STREET_EDITORS = "Jixiao-Load-2026";

    private SeedPasswords() {
    }
}
