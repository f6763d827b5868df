/**
 * Planted fixtures for the architecture rules: a small copy of the app's package tree where each
 * {@code Clean} class keeps the rules and each other class breaks exactly one. Nothing of the app
 * uses them; {@code PlantedViolationsTest} checks the rules on them.
 */
package org.descentfx.planted;
