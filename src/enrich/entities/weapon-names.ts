/**
 * Weapons named by class or by model ("an ICBM", "two SRBMs", "a KN-23", "the Hwasong-19"). The rules
 * read a word in capitals as a body's acronym and the tagger a capitalised model as a name, and a
 * nonproliferation analyst saw "ICBM" listed among a launch's organisations. Triangulate has no notion of
 * equipment, so these are no entities at all: the facts keep the words.
 */
import type { Entity } from '../../model/types.js';

/** Classes of missiles and warheads, in capitals, with a plural "s". */
const WEAPON_CLASS = /^(?:ICBM|IRBM|MRBM|SRBM|SLBM|SLCM|ALBM|GLCM|ALCM|MIRV|MaRV|HGV|ATGM|MANPADS)s?$/;

/**
 * Missile families whose models are written with a hyphen and a number ("Hwasong-19", "KN-23",
 * "DF-41", "Shahab-3"). The family word alone may be a place ("Hwasong" is also a county): only the
 * written model is a weapon.
 */
const FAMILY = 'Hwasong|Hwasal|Pukguksong|Taepodong|Nodong|Rodong|Musudan|Haeil|KN|DF|Dongfeng|JL|Julang|Shahab|Fateh|Sejjil|Ghadr|Emad|Kheibar|Khorramshahr|Zolfaghar|Agni|Prithvi|Shaheen|Ghauri|Babur|Hyunmoo|Iskander|Kh|Topol|Yars|Sarmat|Bulava|Kalibr|Kinzhal|Zircon|Tsirkon|Oreshnik|Scud|Minuteman|Trident';
const MODEL = new RegExp(`^(?:${FAMILY})-\\d+[A-Za-z]?$`);
/** A family word the tagger cut before the model's number ("Hwasong" of "Hwasong-19"). */
const MODEL_NUMBER_AFTER = /^-\d/;
const FAMILY_WORD = new RegExp(`^(?:${FAMILY})$`);

/** Whether an entity's words are a weapon's class or model, as written in the body. */
export function isWeaponName(body: string, e: Entity): boolean {
  if (WEAPON_CLASS.test(e.text) || MODEL.test(e.text)) return true;
  return FAMILY_WORD.test(e.text) && MODEL_NUMBER_AFTER.test(body.slice(e.end, e.end + 2));
}

/** The entities less weapons' classes and models, read as bodies, people or places. */
export function withoutWeaponNames(body: string, entities: Entity[]): Entity[] {
  if (!entities.some((e) => isWeaponName(body, e))) return entities;
  return entities.filter((e) => !isWeaponName(body, e));
}
