package cn.gov.chengdu.common.web;

import jakarta.validation.constraints.Size;

/**
 * The optional body of an action ({@code POST .../{id}/<action>}) that needs nothing else: a free-text note kept in
 * the resource's history or timeline (DESIGN §3). The body itself may be left out.
 */
public record ActionNote(@Size(max = 2000) String note) {

    /** The note of an optional body. */
    public static String of(ActionNote body) {
        return body == null ? null : body.note();
    }
}
