package com.wuxiao.query.certificate.api;

import java.util.List;

/** Certificates in the order they were issued. */
public record CertificateList(List<Certificate> items) {

    public CertificateList {
        items = List.copyOf(items);
    }
}
