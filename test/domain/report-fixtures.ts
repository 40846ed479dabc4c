import type { RegionReportInput } from '../../src/language/report-inputs.js';
import { regionReportInput } from '../../src/language/report-inputs.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';

/** A small model: four roles on a 1..5 scale, a focus with an alternative, 3..5 interviews, at most 3 months. */
export const MODEL_1_0 = `model M versie 1.0 {
    titel "Testmodel"
    schaal aanwezigheid 1..5 {
        1 "Niet" 2 "Incidenteel" 3 "Regelmatig" 4 "Redelijk" 5 "Ruim"
    }
    zwak tot en met 2
    onenigheid vanaf spreiding 2
    afronding half naar boven
    standaarddeviatie populatie
    rol Ontwerper { omschrijving "ziet" competentie "inventief" actie o1 "Urgentie zien" actie o2 "Oplossing zien" }
    rol Kwartiermaker { omschrijving "routine" competentie "structureren" actie k1 "Methode uitbouwen" }
    rol Verbinder { omschrijving "brengt bijeen" competentie "aansteken" actie v1 "Partijen betrekken" actie v2 "Plezier" }
    rol Dirigent { omschrijving "smoel" competentie "bestuurlijk" actie d1 "Escalatie" }
    partij gemeente "Gemeente"
    partij swv "Samenwerkingsverband"
    partij schoolbestuur "Schoolbestuur"
    partij jeugdhulp "Jeugdhulp/CJG"
    focus po_vo "PO/VO" { vereist gemeente, swv | schoolbestuur, jeugdhulp }
    interviews 3..5
    doorlooptijd 3 maanden
    vraag a "Wat is gerealiseerd?"
    vraag b "Hoe ziet regie eruit?"
    gebruik tussen_domeinen "Tussen domeinen" { omschrijving "Elke partner scoort" reflectie verschillen "Bespreek verschillen." reflectie rollen "Wie doet wat?" }
    knelpunt systemen "Systemen passen slecht"
    houvast lokaal "Begin lokaal"
    kenmerk beweging "Beweging" { waarde van_onderop "Van onderop" waarde van_bovenaf "Van bovenaf" }
}
`;

/** A variant with a fifth role; it retires Dirigent and changes a few things for the changelog. */
export const MODEL_1_1 = `model M versie 1.1 breidt M versie 1.0 uit {
    rol Netwerker { omschrijving "legt lijnen" competentie "netwerken" actie n1 "Lijnen leggen" }
    rol Verbinder { omschrijving "brengt partners bijeen" actie v3 "Overleg structureel maken" vervalt actie v2 }
    vervalt rol Dirigent
    partij jeugd_ggz "Jeugd-ggz"
    partij swv "Samenwerkingsverband passend onderwijs"
    focus po_vo "PO/VO" { vereist gemeente, swv | schoolbestuur, jeugdhulp | jeugd_ggz }
    interviews 3..6
    vervalt knelpunt systemen
}
`;

/** Every flag: disagreement on Ontwerper, weak Kwartiermaker, no swv/schoolbestuur or jeugdhulp, 2 interviews, 107 days. */
export const SCAN_NOORD = `regioscan "Regio Noord" {
    model M versie 1.0
    focus po_vo
    gebruik tussen_domeinen
    kenmerk beweging van_onderop
    knelpunt systemen "Geen gedeeld dossier"
    houvast lokaal
    startgesprek 2024-01-15
    respondent RN1 partij gemeente "Beleidsadviseur onderwijs" {
        naam "Jan Jansen"
        interview 2024-02-01
        Ontwerper 1 "Geen visie"
        Kwartiermaker 1
        Verbinder 3
        Dirigent 2
    }
    respondent RN2 partij gemeente "Wethouder jeugd" {
        interview 2024-02-03
        Ontwerper 4
        Kwartiermaker 2
        Verbinder ?
    }
    factsheet {
        antwoord a "Een gezamenlijk loket in Noord"
        getoetst 2024-04-20
    }
    advies "Maak de dirigentrol expliciet in Noord"
    terugkoppeling 2024-05-01
}
`;

/** No flag: three required parties, scores at most one apart and above 2, 2 months and a half. */
export const SCAN_ZUID = `regioscan "Regio Zuid" {
    model M versie 1.0
    focus po_vo
    namen tonen
    respondent RZ1 partij gemeente "Ambtenaar Zuid" {
        naam "Piet Pieters"
        interview 2024-03-01
        Ontwerper 3 Kwartiermaker 4 Verbinder 3 Dirigent 4
    }
    respondent RZ2 partij schoolbestuur {
        interview 2024-03-05
        Ontwerper 4 Kwartiermaker 4 Verbinder 3 Dirigent 3
    }
    respondent RZ3 partij jeugdhulp {
        interview 2024-04-10
        Ontwerper 3 Kwartiermaker 3 Verbinder 4 Dirigent 3
    }
    factsheet { antwoord a "Zuid realiseerde veel" antwoord b "Zuid werkt van bovenaf" getoetst 2024-04-20 }
    advies "Blijf zo doorgaan in Zuid"
    startgesprek 2024-02-15
    terugkoppeling 2024-05-01
}
`;

/** Scored with the variant: five roles minus the retired Dirigent. */
export const SCAN_WEST = `regioscan "Regio West" {
    model M versie 1.1
    focus po_vo
    respondent RW1 partij gemeente "Coördinator West" { Ontwerper 2 Kwartiermaker 2 Verbinder 2 Netwerker 5 "Kent iedereen in West" }
    respondent RW2 partij swv { Ontwerper 2 Kwartiermaker 3 Verbinder 2 Netwerker 4 }
    respondent RW3 partij jeugd_ggz { Ontwerper 3 Kwartiermaker 3 Verbinder 2 Netwerker 4 }
    startgesprek 2024-06-03
    terugkoppeling 2024-08-30
}
`;

export const SCAN_OOST = `regioscan "Regio Oost" {
    model M versie 1.0
    focus po_vo
    respondent RO1 partij gemeente "Projectleider Oost" { Ontwerper 5 Kwartiermaker 4 Verbinder 4 Dirigent 2 }
    respondent RO2 partij swv { Ontwerper 4 Kwartiermaker 4 Verbinder 5 Dirigent 1 }
    respondent RO3 partij jeugdhulp { Ontwerper 5 Kwartiermaker 3 Verbinder 4 Dirigent 2 }
    startgesprek 2024-09-02
    terugkoppeling 2024-10-14
}
`;

export const ALL_FILES: Record<string, string> = {
    'm-1.0.zelfscan': MODEL_1_0,
    'm-1.1.zelfscan': MODEL_1_1,
    'noord.regioscan': SCAN_NOORD,
    'zuid.regioscan': SCAN_ZUID,
    'west.regioscan': SCAN_WEST,
    'oost.regioscan': SCAN_OOST
};

export async function fixtureWorkspace(): Promise<TestWorkspace> {
    return createTestWorkspace(ALL_FILES);
}

/** The builder input of one scan of the workspace; fails the test when the scan has errors or no model. */
export function inputOf(ws: TestWorkspace, name: string): RegionReportInput {
    const errors = ws.diagnostics(name).filter(d => d.severity === 1);
    if (errors.length > 0) {
        throw new Error(`${name} has errors: ${errors.map(e => e.message).join('; ')}`);
    }
    const input = regionReportInput(ws.doc(name), ws.services);
    if (!input) {
        throw new Error(`${name} has no report input`);
    }
    return input;
}
