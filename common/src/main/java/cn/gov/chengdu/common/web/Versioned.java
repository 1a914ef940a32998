package cn.gov.chengdu.common.web;

/** A resource representation that carries its optimistic-lock version (sent as the {@code ETag}). */
public interface Versioned {
    long version();
}
