package com.wuxiao.infra.identity;

import java.security.SecureRandom;

/**
 * Initial passwords of imported workers: 12 characters from letters and digits that cannot be
 * mistaken for one another when read off a printed report (no I, l, O, 0, 1).
 */
final class InitialPasswords {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
