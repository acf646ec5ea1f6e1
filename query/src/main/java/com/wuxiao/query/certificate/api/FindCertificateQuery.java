package com.wuxiao.query.certificate.api;

/** One certificate by its id; answered with an optional {@link Certificate}. */
public record FindCertificateQuery(String certificateId) {
}
