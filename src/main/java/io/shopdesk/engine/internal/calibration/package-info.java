/**
 * Fitting on held-out questions: the weights that fuse the signals into one score per label (a conditional logit,
 * which is also the temperature), and the logistic calibrator that turns the fused result into the probability that
 * the best label is right. Small Newton solvers, no library.
 */
package io.shopdesk.engine.internal.calibration;
