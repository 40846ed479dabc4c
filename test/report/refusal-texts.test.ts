import { describe, expect, it } from 'vitest';
import type { ReportRefusal } from '../../src/domain/report-error.js';
import { refusalText } from '../../src/report/refusal-texts.js';
import { wordsIn } from '../helpers/dutch-words.js';

/** One refusal of each kind, with the Dutch and English sentence it must give. */
const CASES: readonly [ReportRefusal, string, string][] = [
    [{ kind: 'no-scale', model: { name: 'M', version: '1.0' } },
        'Model M versie 1.0 heeft geen schaal, dus er valt niets te rapporteren. Voeg een schaal toe aan het model.',
        'Model M version 1.0 has no scale, so there is nothing to report. Add a scale to the model.'],
    [{ kind: 'invalid-scale', model: { name: 'M', version: '1' }, scale: 's', min: 1, max: 10_000_000, maxPoints: 101 },
        'De schaal s (1..10000000) van model M versie 1 is ongeldig: een schaal heeft hoogstens 101 punten. Herstel het model eerst.',
        'The scale s (1..10000000) of model M version 1 is invalid: a scale has at most 101 points. Fix the model first.'],
    [{ kind: 'mixed-models', models: [{ name: 'M', regions: ['Regio Noord', 'Regio Zuid'] }, { name: 'K', regions: ['Regio K'] }] },
        'Een vergelijking zet alleen scans van één model naast elkaar, maar deze scans gebruiken verschillende modellen: M (Regio Noord, Regio Zuid); K (Regio K). '
        + 'Hun rollen en schalen betekenen niet hetzelfde; maak per model een eigen vergelijking.',
        'A comparison only puts scans of one model side by side, but these scans use different models: M (Regio Noord, Regio Zuid); K (Regio K). '
        + 'Their roles and scales do not mean the same; make one comparison per model.'],
    [{ kind: 'mixed-scales', model: 'M', scales: [{ name: 'aanwezigheid', min: 1, max: 5, versions: ['1.0'] }, { name: 'frequentie', min: 1, max: 4, versions: ['2.0', '2.1'] }] },
        'De versies van M in deze vergelijking hebben verschillende schalen, dus hun scores zijn niet te vergelijken: '
        + 'aanwezigheid 1..5 (versie 1.0); frequentie 1..4 (versie 2.0, 2.1). Vergelijk alleen scans van versies met dezelfde schaal.',
        'The versions of M in this comparison have different scales, so their scores cannot be compared: '
        + 'aanwezigheid 1..5 (version 1.0); frequentie 1..4 (version 2.0, 2.1). Only compare scans of versions with the same scale.'],
    [{ kind: 'mixed-scale-rules', model: 'M', versionGroups: [['1.0', '1.1'], ['1.2']] },
        'De versies van M in deze vergelijking leggen verschillende regels voor de schaal vast (zwak, onenigheid, afronding of standaarddeviatie): '
        + 'versie 1.0, 1.1 tegenover 1.2. Een vergelijking zou hun cijfers verschillend lezen; vergelijk per versie, of geef de versies dezelfde regels.',
        'The versions of M in this comparison set different rules for the scale (weak, disagreement, rounding or standard deviation): '
        + 'version 1.0, 1.1 versus 1.2. A comparison would read their figures differently; compare per version, or give the versions the same rules.'],
    [{ kind: 'too-few-regions', minimum: 5, given: 1 },
        "Een anonieme vergelijking vraagt ten minste 5 regio's, zodat geen uitkomst tot één regio te herleiden is; "
        + "er is 1 gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe.",
        'An anonymised comparison needs at least 5 regions, so that no outcome can be traced to one region; '
        + '1 was given (each region counts once, with its latest scan). Add region scans of other regions.'],
    [{ kind: 'too-few-regions', minimum: 5, given: 4 },
        "Een anonieme vergelijking vraagt ten minste 5 regio's, zodat geen uitkomst tot één regio te herleiden is; "
        + "er zijn 4 gegeven (elke regio telt één keer, met haar laatste scan). Voeg regioscans van andere regio's toe.",
        'An anonymised comparison needs at least 5 regions, so that no outcome can be traced to one region; '
        + '4 were given (each region counts once, with its latest scan). Add region scans of other regions.'],
    [{ kind: 'no-rounding', model: 'M' },
        "Model M legt niet vast hoe een gemiddelde naar een schaalpunt wordt afgerond, en de anonieme vergelijking telt regio's per schaalpunt. "
        + "Voeg bij de schaal een regel toe, bijvoorbeeld 'afronding half naar boven'.",
        'Model M does not say how a mean is rounded to a scale point, and the anonymised comparison counts regions per scale point. '
        + "Add a rule to the scale, for example 'afronding half naar boven'."],
    [{ kind: 'minimum-below-model', asked: 1, own: 5, model: 'M' },
        "Een minimum van 1 regio's is lager dan de 5 die M voor een anonieme vergelijking vraagt; een minimum kan alleen hoger. Laat het weg, of kies 5 of meer.",
        'A minimum of 1 regions is lower than the 5 that M asks for an anonymised comparison; a minimum can only be raised. Leave it out, or choose 5 or more.']
];

describe('refusalText', () => {
    it.each(CASES)('words %j in Dutch and English', (refusal, dutch, english) => {
        expect(refusalText(refusal, 'nl')).toBe(dutch);
        expect(refusalText(refusal, 'en')).toBe(english);
    });

    it('has no Dutch fixed text in English: no word of the Dutch sentences but the data\'s and the model syntax it quotes', () => {
        const dutch = new Set(CASES.flatMap(([, text]) => [...wordsIn(text)]));
        const quoted = wordsIn('afronding half naar boven');
        for (const [refusal, , english] of CASES) {
            const data = wordsIn(JSON.stringify(refusal));
            const found = [...wordsIn(english)].filter(word => dutch.has(word) && !data.has(word) && !quoted.has(word) && !ENGLISH_ALSO.has(word));
            expect(found, refusal.kind).toEqual([]);
        }
    });
});

/** Words both languages spell the same. */
const ENGLISH_ALSO = new Set(['model', 'scan', 'scans', 'minimum', 'per', 'scores']);
