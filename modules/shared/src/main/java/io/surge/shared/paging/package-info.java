/**
 * Keyset paging as plain Java, so that ports can speak it: which page to read ({@link PageRequest}) and the page
 * read ({@link Page}). A page starts after the previous one's last key, not at an offset: it costs the same however
 * deep it is, and rows added meanwhile shift nothing. How a page travels over HTTP (its opaque cursor) is
 * {@code io.surge.shared.web}'s business.
 */
package io.surge.shared.paging;
