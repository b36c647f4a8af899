package cn.jixiao.project.tenants;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * First passwords for new accounts: random, shown once, and useless after the first sign-in, where Keycloak
 * makes the person choose their own. Letters that are easily misread from a printout (0/O, 1/l/I) are left out.
 */
@Component
class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "-_.!#%+";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final int LENGTH = 16;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] password = new char[LENGTH];
        // one of each kind, so that any usual password policy of the realm accepts it
        password[0] = pick(UPPER);
        password[1] = pick(LOWER);
        password[2] = pick(DIGITS);
        password[3] = pick(SYMBOLS);
        for (int i = 4; i < LENGTH; i++) {
            password[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
