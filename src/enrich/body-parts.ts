/**
 * Where on the body a bullet hit: "shot in the calf", "grazed on the forearm", "wounded in her lower
 * back". Each reading of a wound told by its place had a short list of its own ("hip" but not "calf"),
 * so that a wound in a part it lacked was read as nothing. One list of the body's outer parts, singular and plural,
 * with the words that may come before them.
 */

const PARTS = [
  'head', 'face', 'forehead', 'eye', 'ear', 'cheek', 'jaw', 'chin', 'mouth', 'lip', 'nose', 'neck', 'throat', 'scalp', 'skull',
  'shoulder', 'collarbone', 'chest', 'breast', 'rib', 'ribcage', 'back', 'spine', 'side', 'flank', 'torso', 'stomach', 'abdomen', 'belly', 'gut',
  'waist', 'pelvis', 'hip', 'groin', 'buttock', 'buttocks', 'backside', 'arm', 'upper arm', 'forearm', 'elbow', 'wrist', 'hand', 'palm',
  'finger', 'thumb', 'knuckle', 'leg', 'thigh', 'knee', 'kneecap', 'shin', 'calf', 'ankle', 'heel', 'foot', 'toe', 'lung', 'liver', 'kidney',
  'upper body', 'lower body', 'upper leg', 'lower leg', 'upper back', 'lower back', 'armpit', 'bicep', 'biceps', 'hamstring',
];

function plural(part: string): string {
  if (part === 'calf') return 'calves';
  if (part === 'foot') return 'feet';
  if (/(?:s|x)$/.test(part)) return part;
  return `${part}s`;
}

/** One body part word or its plural ("calf", "calves", "lower back"), as an alternation, longest first. */
export const BODY_PART_WORD = `(?:${[...new Set(PARTS.flatMap((p) => [p, plural(p)]))].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, String.raw`\s+`)).join('|')})`;

/** A body part with its article or owner and side: "the left calf", "his upper arm", "both legs". */
export const BODY_PART_PHRASE = String.raw`(?:(?:the|his|her|their|its|both|one)\s+)?(?:(?:upper|lower|left|right|inner|outer)\s+){0,2}${BODY_PART_WORD}`;
