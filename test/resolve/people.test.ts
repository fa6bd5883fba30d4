import assert from 'node:assert/strict';
import { test } from 'node:test';
import { givenNamesAgree, nameKey, personName, titleKey } from '../../src/resolve/names.js';
import { choosePerson, type KnownPerson } from '../../src/resolve/people.js';

test('name keys fold case, accents and punctuation; person names drop forms of address and suffixes', () => {
  assert.equal(nameKey('  Sergeï  LAVROV '), 'sergei lavrov');
  assert.equal(nameKey("Ng'ang'a O'Neill"), 'nganga oneill');
  assert.deepEqual(personName('Mr. Lloyd J. Austin III'), { key: 'lloyd j austin', given: ['lloyd', 'j'], last: 'austin' });
  assert.equal(titleKey('the Defense Minister'), 'defence minister');
});

test('given names agree when equal, when one is the initial of the other, or when one side has none', () => {
  assert.ok(givenNamesAgree(['s'], ['subrahmanyam']));
  assert.ok(givenNamesAgree(['lloyd', 'j'], ['lloyd']));
  assert.ok(givenNamesAgree([], ['ajay']));
  assert.ok(!givenNamesAgree(['ajay'], ['vinod']));
});

const ajay: KnownPerson = { id: 1, names: ['Ajay Kumar'], country: 'IND', titleKeys: ['defence secretary'] };
const vinod: KnownPerson = { id: 2, names: ['Vinod Kumar'], country: 'IND', titleKeys: ['railway board chairman'] };
const jaishankar: KnownPerson = { id: 3, names: ['Subrahmanyam Jaishankar', 'Jaishankar'], country: 'IND', titleKeys: ['external affairs minister'] };
const xi: KnownPerson = { id: 4, names: ['Xi Jinping'], country: 'CHN', titleKeys: ['president'] };

test('two people called Kumar stay apart, and each full name finds its own', () => {
  assert.equal(choosePerson({ names: ['Ajay Kumar'], titleKeys: [] }, [ajay, vinod]), 1);
  assert.equal(choosePerson({ names: ['Vinod Kumar', 'Kumar'], titleKeys: [] }, [ajay, vinod]), 2);
  assert.equal(choosePerson({ names: ['Sanjay Kumar'], country: 'IND', titleKeys: [] }, [ajay, vinod]), undefined);
});

test('a surname alone joins the one person its title or country points to, and no one when it cannot tell', () => {
  assert.equal(choosePerson({ names: ['Kumar'], titleKeys: ['defence secretary'] }, [ajay, vinod]), 1);
  assert.equal(choosePerson({ names: ['Kumar'], country: 'IND', titleKeys: [] }, [ajay, vinod]), undefined);
  assert.equal(choosePerson({ names: ['Kumar'], country: 'IND', titleKeys: [] }, [ajay]), 1);
  assert.equal(choosePerson({ names: ['Xi'], titleKeys: [] }, [xi]), 4, 'a family name written first');
});

test('initials and dropped middle names match; a different nationality does not', () => {
  assert.equal(choosePerson({ names: ['S. Jaishankar'], titleKeys: [] }, [jaishankar]), 3);
  assert.equal(choosePerson({ names: ['Jaishankar'], country: 'IND', titleKeys: ['external affairs minister'] }, [jaishankar]), 3);
  assert.equal(choosePerson({ names: ['Ajay Kumar'], country: 'NPL', titleKeys: [] }, [ajay]), undefined);
});

test('a person once known only by a surname is not merged with two different full names', () => {
  const onlySurname: KnownPerson = { id: 5, names: ['Kumar', 'Ajay Kumar'], country: null, titleKeys: [] };
  assert.equal(choosePerson({ names: ['Ajay Kumar'], titleKeys: [] }, [onlySurname]), 5);
  assert.equal(choosePerson({ names: ['Vinod Kumar'], titleKeys: [] }, [onlySurname]), undefined);
});
