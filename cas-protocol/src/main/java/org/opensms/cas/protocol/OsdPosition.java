package org.opensms.cas.protocol;

/** Where an on-screen display message appears. SCROLL_* scroll across the screen. */
public enum OsdPosition {
    TOP, BOTTOM, CENTER, TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, SCROLL_TOP, SCROLL_BOTTOM
}
