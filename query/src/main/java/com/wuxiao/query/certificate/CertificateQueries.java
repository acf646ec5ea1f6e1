package com.wuxiao.query.certificate;

import com.wuxiao.query.certificate.api.Certificate;
import com.wuxiao.query.certificate.api.CertificateList;
import com.wuxiao.query.certificate.api.FindCertificateQuery;
import com.wuxiao.query.certificate.api.FindCertificatesQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Query handlers of honours and their certificates; who may ask is the controller's business. */
@Component
class CertificateQueries {

    private final CertificateReadModel readModel;

    CertificateQueries(CertificateReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    CertificateList handle(FindCertificatesQuery query) {
        if (query.holderId() != null) {
            return new CertificateList(readModel.ofHolder(query.holderId()));
        }
        if (query.roundId() != null) {
            return new CertificateList(readModel.ofRound(query.roundId()));
        }
        if (query.year() != null) {
            return new CertificateList(readModel.ofYear(query.year()));
        }
        throw new IllegalArgumentException("a holder, a round or a year");
    }

    /** Null for an id that names no honour. */
    @QueryHandler
    Certificate handle(FindCertificateQuery query) {
        return readModel.find(query.certificateId()).orElse(null);
    }
}
