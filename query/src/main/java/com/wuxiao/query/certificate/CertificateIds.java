package com.wuxiao.query.certificate;

import com.wuxiao.query.certificate.api.HonourKind;

import java.util.Optional;

/**
 * A certificate's id names its honour: {@code AWARD:2026-Q1:<proposal>:<worker>},
 * {@code INNOVATION_STAR:2026:<worker>}, {@code GOLDEN_CRAFTSMAN:2026:<worker>},
 * {@code EXCELLENT_UNIT:2026:<unit>}. The holder is always last, so a certificate is found among its
 * holder's.
 */
final class CertificateIds {

    private CertificateIds() {
    }

    static String of(HonourKind kind, int year, String roundId, String proposalId, String holderId) {
        return kind == HonourKind.AWARD ? kind + ":" + roundId + ":" + proposalId + ":" + holderId
                : kind + ":" + year + ":" + holderId;
    }

    static Optional<String> holderOf(String certificateId) {
        if (certificateId == null) {
            return Optional.empty();
        }
        int last = certificateId.lastIndexOf(':');
        return last < 0 || last == certificateId.length() - 1 ? Optional.empty()
                : Optional.of(certificateId.substring(last + 1));
    }
}
