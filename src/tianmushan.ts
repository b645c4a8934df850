/**
 * The Tianmushan dataset: the 2021 government work report of Tianmushan town (天目山镇,
 * Lin'an, Hangzhou) as a typed, cited `Dataset`.
 *
 * @module tianmu-indicators/tianmushan
 */
export { tianmushan } from './data/tianmushan/index.js';
