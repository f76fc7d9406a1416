package org.opensms.cas.api;

/** Where an on-screen display appears (PROTOCOL.md section 6.3); {@code SCROLL_*} scroll across the screen. */
public enum OsdPosition {
    TOP, BOTTOM, CENTER, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, SCROLL_TOP, SCROLL_BOTTOM
}
