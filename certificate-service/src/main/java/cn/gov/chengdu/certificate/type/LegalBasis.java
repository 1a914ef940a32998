package cn.gov.chengdu.certificate.type;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A legal basis of a certificate type: the law, its article and the authority that enacted it. */
public record LegalBasis(@NotBlank @Size(max = 200) String law, @Size(max = 100) String article,
        @Size(max = 100) String authority) {
}
