import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sheriffOfCountyElsewhere } from './county-sheriff.js';

test("a sheriff named after a county of the story's state is no town of another state", () => {
  const body = "A boy was hurt near Ashland, Va., on Saturday, the Hanover Sheriff's Office said.";
  assert.equal(sheriffOfCountyElsewhere('Hanover', 'MD', body), true);
});

test("a town of the story's state keeps its sheriff, and a story naming no state says nothing", () => {
  assert.equal(sheriffOfCountyElsewhere('Richmond', 'VA', "Two men were shot in Richmond, Va., the Richmond Sheriff's Office said."), false);
  assert.equal(sheriffOfCountyElsewhere('Hanover', 'MD', "The Hanover Sheriff's Office said two people were hurt."), false);
});
