package workbench.data;

/**
 * How an image folder becomes channels. AUTO exists because most folders are either all grey
 * (digits, sketches) or colour, and the user should not have to know which: grey then costs one
 * channel instead of three identical ones.
 */
public enum ColourMode {
    /** One channel, the luminance (0.299 R + 0.587 G + 0.114 B) of colour images. */
    GREY,
    /** Three channels, R then G then B; grey images repeat their value in each. */
    RGB,
    /** RGB if any image has a pixel whose red, green and blue differ, else GREY. */
    AUTO
}
