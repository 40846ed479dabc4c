/**
 * Variant models whose scale means something else than the example's: five roles on a 1..4 scale with its
 * own thresholds (an extension changes one of them), and a 0..10 scale. Shared by the domain and report tests.
 */

const ROLES = ['Ontwerper', 'Kwartiermaker', 'Verbinder', 'Dirigent', 'Netwerker']
    .map(name => `    rol ${name} { omschrijving "o" competentie "c" actie ${name.toLowerCase()}_a "${name} actie" }`).join('\n');

export const MODEL_VIER_1_0 = `model Vier versie 1.0 {
    schaal frequentie 1..4 {
        1 "Nooit"
        2 "Soms"
        3 "Vaak"
        4 "Altijd"
    }
    zwak tot en met 1
    onenigheid vanaf spreiding 3
    afronding half naar beneden
    standaarddeviatie steekproef
${ROLES}
    partij gemeente "Gemeente"
    partij school "School"
}
`;

/** Only the weak threshold changes. */
export const MODEL_VIER_1_1 = `model Vier versie 1.1 breidt Vier versie 1.0 uit {
    zwak tot en met 2
}
`;

const SCORES = `    respondent R1 partij gemeente { Ontwerper 1 Kwartiermaker 4 Verbinder 2 Dirigent 1 Netwerker 3 }
    respondent R2 partij school { Ontwerper 2 Kwartiermaker 1 Verbinder 3 Dirigent 1 Netwerker 4 }
    respondent R3 partij gemeente { Ontwerper 1 Kwartiermaker 2 Verbinder 2 Dirigent 1 Netwerker 3 }
    respondent R4 partij school { Ontwerper 1 Kwartiermaker 3 Verbinder 3 Dirigent ? Netwerker 4 }`;

export const SCAN_VIER = (version: string, region = 'Regio Vier') => `regioscan "${region}" {
    model Vier versie ${version}
${SCORES}
}
`;

export const MODEL_TIEN = `model Tien versie 1.0 {
    schaal cijfer 0..10 {
${Array.from({ length: 11 }, (_, value) => `        ${value} "p${value}"`).join('\n')}
    }
    zwak tot en met 4
    onenigheid vanaf spreiding 5
    afronding half naar even
    standaarddeviatie populatie
    rol A { omschrijving "o" competentie "c" actie a1 "A doen" }
    rol B { omschrijving "o" competentie "c" actie b1 "B doen" }
    rol C { omschrijving "o" competentie "c" actie c1 "C doen" }
    partij gemeente "Gemeente"
}
`;

export const SCAN_TIEN = `regioscan "Regio Tien" {
    model Tien versie 1.0
    respondent R1 partij gemeente { A 6 B 0 C 3 }
    respondent R2 partij gemeente { A 7 B 9 C 4 }
}
`;

/**
 * A region of the variant model Vier (five roles on a 1..4 scale, weak at a mean of 1 or lower, disagreement from
 * a spread of 3) scanned in 2023 on 1.0 and in 2024 on 1.2, which renames Netwerker to Bruggenbouwer and adds
 * Evaluator.
 */
export const MODEL_VIER_1_2 = `model Vier versie 1.2 breidt Vier versie 1.0 uit {
    rol Bruggenbouwer was Netwerker { }
    rol Evaluator { omschrijving "o" competentie "c" actie evaluator_a "Evaluator actie" }
}
`;

// Round 1 scores (SCAN_VIER): Ontwerper 1,2,1,1; Kwartiermaker 4,1,2,3; Verbinder 2,3,2,3; Dirigent 1,1,1,?; Netwerker 3,4,3,4.
export const TREND_ROUND_1 = SCAN_VIER('1.0', 'Regio Vier').replace('    model Vier versie 1.0\n', '    model Vier versie 1.0\n    startgesprek 2023-03-01\n');
export const TREND_ROUND_2 = `regioscan "Regio Vier" {
    model Vier versie 1.2
    startgesprek 2024-03-04
    respondent R1 partij gemeente { Ontwerper 2 Kwartiermaker 3 Verbinder 1 Dirigent 1 Bruggenbouwer 4 Evaluator 2 }
    respondent R2 partij school { Ontwerper 3 Kwartiermaker 3 Verbinder 4 Dirigent 2 Bruggenbouwer 4 Evaluator 1 }
    respondent R3 partij gemeente { Ontwerper 2 Kwartiermaker 1 Verbinder 1 Dirigent 1 Bruggenbouwer 3 Evaluator 3 }
}
`;

/** The rounds of Regio Vier with the models they need, a round on 1.1 (other rules) and one of another model. */
export const TREND_FILES: Record<string, string> = {
    'vier-1.0.zelfscan': MODEL_VIER_1_0,
    'vier-1.1.zelfscan': MODEL_VIER_1_1,
    'vier-1.2.zelfscan': MODEL_VIER_1_2,
    'tien.zelfscan': MODEL_TIEN,
    'ronde-1.regioscan': TREND_ROUND_1,
    'ronde-2.regioscan': TREND_ROUND_2,
    'ronde-1-1.regioscan': SCAN_VIER('1.1', 'Regio Vier'),
    'tien.regioscan': SCAN_TIEN.replace('Regio Tien', 'Regio Vier')
};

export const VARIANT_FILES: Record<string, string> = {
    'vier-1.0.zelfscan': MODEL_VIER_1_0,
    'vier-1.1.zelfscan': MODEL_VIER_1_1,
    'tien.zelfscan': MODEL_TIEN,
    'vier-1.0.regioscan': SCAN_VIER('1.0'),
    'vier-1.1.regioscan': SCAN_VIER('1.1'),
    'tien.regioscan': SCAN_TIEN
};
