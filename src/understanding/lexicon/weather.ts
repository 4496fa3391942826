/**
 * Asking what happens in bad weather, and a letter's sentence that plans for it (regular expression sources, lower
 * case, matched as whole words). Clothing for the weather ("regnjakke", "rain jacket") is what to bring, no plan.
 */
export const WEATHER_ASKED = [
  'hvis det regner',
  'regner det',
  'hvis det bliver regnvejr',
  'ved regnvejr',
  'regnvejr',
  'dårligt vejr',
  'daarligt vejr',
  'darligt vejr',
  'hvis vejret',
  'if it rains',
  "if it's raining",
  'if it is raining',
  'in case of rain',
  'bad weather',
  'rain or shine',
];

export const WEATHER_PLANNED = [
  'hvis det regner',
  'skulle det regne',
  'regnvejr',
  'regner det',
  'ved regn',
  'ved regnvejr',
  'i tilfælde af regn',
  'hvis det bliver regnvejr',
  'dårligt vejr',
  'uanset vejret',
  'i al slags vejr',
  'hvis vejret',
  'if it rains',
  'in case of rain',
  'in the event of rain',
  'bad weather',
  'whatever the weather',
  'rain or shine',
  'in all weathers',
];
