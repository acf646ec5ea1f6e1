package com.wuxiao.query.certificate.api;

/**
 * Certificates, in the order they were issued: a holder's (worker or unit), a round's, or a year's;
 * exactly one of the three is given. Answered with {@link CertificateList}.
 */
public record FindCertificatesQuery(String holderId, String roundId, Integer year) {
}
