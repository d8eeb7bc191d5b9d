/**
 * Whether a report's scene is far from every scene of an event's reports: the scenes are towns as points
 * ("50.1,14.4", features.ts sceneOf). Read by the join model's weighed feature (pair-features.ts) and by
 * the rules that set two steps of a story apart by their towns (case-steps.ts).
 */
import { kilometres } from '../util/geo.js';

/** Kilometres apart beyond which two towns are two scenes (a city and its suburbs are one). */
const SCENE_KM = 100;

/** Whether the scene is far from every scene listed; false when either side has none. */
export function sceneConflict(scene: string | null | undefined, scenes: readonly string[]): boolean {
  if (!scene || scenes.length === 0) return false;
  const [lat, lon] = scene.split(',').map(Number) as [number, number];
  return scenes.every((other) => {
    const [lat2, lon2] = other.split(',').map(Number) as [number, number];
    return kilometres(lat, lon, lat2, lon2) > SCENE_KM;
  });
}

/** Whether every scene of one event is far from every scene of another; false when either has none. */
export function scenesApart(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.every((scene) => sceneConflict(scene, b));
}
