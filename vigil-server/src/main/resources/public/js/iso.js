// ISO 3166-1 alpha-2 (the keys of the world map's shapes, lower-case) to alpha-3 (Vigil's state codes).
// Generated from java.util.Locale#getISO3Country for the 182 shapes of jqvmap's world map.
export const ISO2_TO_ISO3 = Object.freeze({
  ae: 'ARE', af: 'AFG', ag: 'ATG', al: 'ALB', am: 'ARM', ao: 'AGO', ar: 'ARG', at: 'AUT', au: 'AUS', az: 'AZE',
  ba: 'BIH', bb: 'BRB', bd: 'BGD', be: 'BEL', bf: 'BFA', bg: 'BGR', bi: 'BDI', bj: 'BEN', bn: 'BRN', bo: 'BOL',
  br: 'BRA', bs: 'BHS', bt: 'BTN', bw: 'BWA', by: 'BLR', bz: 'BLZ', ca: 'CAN', cd: 'COD', cf: 'CAF', cg: 'COG',
  ch: 'CHE', ci: 'CIV', cl: 'CHL', cm: 'CMR', cn: 'CHN', co: 'COL', cr: 'CRI', cu: 'CUB', cv: 'CPV', cy: 'CYP',
  cz: 'CZE', de: 'DEU', dj: 'DJI', dk: 'DNK', dm: 'DMA', do: 'DOM', dz: 'DZA', ec: 'ECU', ee: 'EST', eg: 'EGY',
  er: 'ERI', es: 'ESP', et: 'ETH', fi: 'FIN', fj: 'FJI', fk: 'FLK', fr: 'FRA', ga: 'GAB', gb: 'GBR', gd: 'GRD',
  ge: 'GEO', gf: 'GUF', gh: 'GHA', gl: 'GRL', gm: 'GMB', gn: 'GIN', gq: 'GNQ', gr: 'GRC', gt: 'GTM', gw: 'GNB',
  gy: 'GUY', hn: 'HND', hr: 'HRV', ht: 'HTI', hu: 'HUN', id: 'IDN', ie: 'IRL', il: 'ISR', in: 'IND', iq: 'IRQ',
  ir: 'IRN', is: 'ISL', it: 'ITA', jm: 'JAM', jo: 'JOR', jp: 'JPN', ke: 'KEN', kg: 'KGZ', kh: 'KHM', km: 'COM',
  kn: 'KNA', kp: 'PRK', kr: 'KOR', kw: 'KWT', kz: 'KAZ', la: 'LAO', lb: 'LBN', lc: 'LCA', lk: 'LKA', lr: 'LBR',
  ls: 'LSO', lt: 'LTU', lv: 'LVA', ly: 'LBY', ma: 'MAR', md: 'MDA', mg: 'MDG', mk: 'MKD', ml: 'MLI', mm: 'MMR',
  mn: 'MNG', mr: 'MRT', mt: 'MLT', mu: 'MUS', mv: 'MDV', mw: 'MWI', mx: 'MEX', my: 'MYS', mz: 'MOZ', na: 'NAM',
  nc: 'NCL', ne: 'NER', ng: 'NGA', ni: 'NIC', nl: 'NLD', no: 'NOR', np: 'NPL', nz: 'NZL', om: 'OMN', pa: 'PAN',
  pe: 'PER', pf: 'PYF', pg: 'PNG', ph: 'PHL', pk: 'PAK', pl: 'POL', pt: 'PRT', py: 'PRY', qa: 'QAT', re: 'REU',
  ro: 'ROU', rs: 'SRB', ru: 'RUS', rw: 'RWA', sa: 'SAU', sb: 'SLB', sc: 'SYC', sd: 'SDN', se: 'SWE', si: 'SVN',
  sk: 'SVK', sl: 'SLE', sn: 'SEN', so: 'SOM', sr: 'SUR', st: 'STP', sv: 'SLV', sy: 'SYR', sz: 'SWZ', td: 'TCD',
  tg: 'TGO', th: 'THA', tj: 'TJK', tl: 'TLS', tm: 'TKM', tn: 'TUN', tr: 'TUR', tt: 'TTO', tw: 'TWN', tz: 'TZA',
  ua: 'UKR', ug: 'UGA', us: 'USA', uy: 'URY', uz: 'UZB', ve: 'VEN', vn: 'VNM', vu: 'VUT', ye: 'YEM', za: 'ZAF',
  zm: 'ZMB', zw: 'ZWE',
});
