import { describe, expect, it } from 'vitest';
import { GOOD_MODEL, edit, extension, findings, modelFindings } from './fixture-texts.js';

/** The good model as a base, with an extending version 1.1 as the file under test. */
function extensionFindings(members: string, header?: string) {
    return findings({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension(members, header) }, 'n.zelfscan');
}

describe('the good model', () => {
    it('has no findings', async () => {
        expect(await modelFindings(GOOD_MODEL)).toEqual([]);
    });
});

describe('duplicate names', () => {
    it('reports a second role with the same name at its name', async () => {
        const model = edit(GOOD_MODEL, '    partij gemeente', '    rol Verbinder { omschrijving "o" competentie "c" actie x "x" }\n    partij gemeente');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '22:9-22:18',
            message: "Dubbele rol 'Verbinder': deze naam staat al op regel 17. Geef elke rol een eigen naam, of voeg beide samen."
        }]);
    });

    it('allows the same name for items of different kinds', async () => {
        const model = edit(GOOD_MODEL, '    partij gemeente', '    partij Verbinder "Een partij die zo heet"\n    partij gemeente');
        expect(await modelFindings(model)).toEqual([]);
    });

    it('reports a duplicate action within one role', async () => {
        const model = edit(GOOD_MODEL, 'actie oplossing_zien', 'actie lokale_urgentie');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '15:15-15:30',
            message: "Dubbele actie 'lokale_urgentie' in rol Ontwerper: deze naam staat al op regel 14. Geef elke actie een eigen naam."
        }]);
    });

    it('allows the same action name in two roles', async () => {
        const model = edit(GOOD_MODEL, 'actie plezier', 'actie oplossing_zien');
        expect(await modelFindings(model)).toEqual([]);
    });

    it('reports a duplicate prompt within one use', async () => {
        const model = edit(GOOD_MODEL, '        reflectie zelf_doen "Wat kun je zelf doen?"\n',
            '        reflectie zelf_doen "Wat kun je zelf doen?"\n        reflectie zelf_doen "Waar heb je anderen voor nodig?"\n');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '36:19-36:28',
            message: "Dubbele reflectievraag 'zelf_doen' in gebruik individueel: deze naam staat al op regel 35. Geef elke reflectievraag een eigen naam."
        }]);
    });

    it('allows the same prompt name in two uses', async () => {
        const model = edit(GOOD_MODEL, '    knelpunt', '    gebruik informeel "Informeel" { reflectie zelf_doen "Wat kun je zelf doen?" }\n    knelpunt');
        expect(await modelFindings(model)).toEqual([]);
    });

    it('reports a duplicate value within one trait', async () => {
        const model = edit(GOOD_MODEL, 'waarde van_bovenaf', 'waarde van_onderop');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '41:16-41:27',
            message: "Dubbele waarde 'van_onderop' in kenmerk beweging: deze naam staat al op regel 40. Geef elke waarde een eigen naam."
        }]);
    });

    it('allows the same value name in two traits', async () => {
        const model = edit(GOOD_MODEL, '        waarde van_bovenaf "Van bovenaf"\n    }\n',
            '        waarde van_bovenaf "Van bovenaf"\n    }\n    kenmerk start "Start" {\n        waarde van_onderop "Ook van onderop"\n    }\n');
        expect(await modelFindings(model)).toEqual([]);
    });

    it('reports a scale point labelled twice, and the point that is then left without a label', async () => {
        const model = edit(GOOD_MODEL, '2 "Incidenteel aanwezig"', '1 "Incidenteel aanwezig"');
        expect(await modelFindings(model)).toEqual([
            {
                severity: 'error', code: 'schaal-gat', range: '4:12-4:24',
                message: "De schaal aanwezigheid mist een omschrijving voor punt 2. Geef elk punt van 1 tot en met 5 een regel zoals '2 \"…\"'."
            },
            {
                severity: 'error', code: 'dubbele-naam', range: '6:9-6:10',
                message: 'Schaalpunt 1 heeft al een omschrijving op regel 5. Elk punt krijgt precies één omschrijving.'
            }
        ]);
    });
});

describe('settings stated twice', () => {
    it('reports the second interviews range at its keyword', async () => {
        const model = edit(GOOD_MODEL, '    interviews 3..5\n', '    interviews 3..5\n    interviews 2..4\n');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-instelling', range: '30:5-30:15',
            message: "'interviews' staat meer dan eens in dit model (eerst op regel 29). Houd er één over."
        }]);
    });

    it('reports a second title and a second lead time', async () => {
        const model = edit(GOOD_MODEL, '    doorlooptijd 3 maanden\n', '    doorlooptijd 3 maanden\n    doorlooptijd 12 weken\n    titel "Nog een titel"\n');
        expect(await modelFindings(model)).toEqual([
            {
                severity: 'error', code: 'dubbele-instelling', range: '31:5-31:17',
                message: "'doorlooptijd' staat meer dan eens in dit model (eerst op regel 30). Houd er één over."
            },
            {
                severity: 'error', code: 'dubbele-instelling', range: '32:5-32:10',
                message: "'titel' staat meer dan eens in dit model (eerst op regel 3). Houd er één over."
            }
        ]);
    });

    it('reports a second scale once, not also as a duplicate name', async () => {
        const model = edit(GOOD_MODEL, '    rol Ontwerper {', '    schaal aanwezigheid 1..2 { 1 "laag" 2 "hoog" }\n    rol Ontwerper {');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-instelling', range: '11:5-11:11',
            message: "'schaal' staat meer dan eens in dit model (eerst op regel 4). Houd er één over."
        }]);
    });
});

describe('the scale', () => {
    it('reports a gap', async () => {
        const model = edit(GOOD_MODEL, '        3 "Regelmatig aanwezig"\n', '');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'schaal-gat', range: '4:12-4:24',
            message: "De schaal aanwezigheid mist een omschrijving voor punt 3. Geef elk punt van 1 tot en met 5 een regel zoals '3 \"…\"'."
        }]);
    });

    it('names every unlabelled point', async () => {
        const model = edit(GOOD_MODEL, '        2 "Incidenteel aanwezig"\n        3 "Regelmatig aanwezig"\n        4 "Redelijk aanwezig"\n', '');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'schaal-gat', range: '4:12-4:24',
            message: "De schaal aanwezigheid mist een omschrijving voor de punten 2, 3, 4. Geef elk punt van 1 tot en met 5 een regel zoals '2 \"…\"'."
        }]);
    });

    it('accepts a shorter scale whose points are all labelled', async () => {
        const model = edit(GOOD_MODEL, '1..5', '1..4', '        5 "Ruim aanwezig"\n', '');
        expect(await modelFindings(model)).toEqual([]);
    });

    it('reports a point outside the range', async () => {
        const model = edit(GOOD_MODEL, '        5 "Ruim aanwezig"\n', '        5 "Ruim aanwezig"\n        6 "Meer dan ruim"\n');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'schaalpunt-buiten-schaal', range: '10:9-10:10',
            message: 'Schaalpunt 6 valt buiten de schaal 1..5. Pas het bereik aan of verwijder dit punt.'
        }]);
    });

    it('reports an empty range (min = max) at the maximum', async () => {
        const model = edit(GOOD_MODEL, '1..5', '5..5');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'schaal-grenzen', range: '4:28-4:29',
            message: 'Een schaal loopt van laag naar hoog: 5..5 is leeg of omgekeerd. Schrijf bijvoorbeeld 1..5.'
        }]);
    });

    it('reports a reversed range (min > max)', async () => {
        const model = edit(GOOD_MODEL, '1..5', '5..1');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'schaal-grenzen', range: '4:28-4:29',
            message: 'Een schaal loopt van laag naar hoog: 5..1 is leeg of omgekeerd. Schrijf bijvoorbeeld 1..5.'
        }]);
    });

    it('reports a model without a scale at its name', async () => {
        expect(await modelFindings('model Regieneming versie 1.0 {\n    titel "Zonder schaal"\n}\n')).toEqual([{
            severity: 'error', code: 'schaal-ontbreekt', range: '1:7-1:18',
            message: "Het model heeft geen schaal. Voeg bijvoorbeeld 'schaal aanwezigheid 1..5 { 1 \"…\" … }' toe, of breid een versie uit die er een heeft."
        }]);
    });

    it('accepts an extending version that inherits the scale', async () => {
        expect(await extensionFindings('    titel "Zonder eigen schaal"')).toEqual([]);
    });
});

describe('interview range and lead time', () => {
    it('reports a range that runs backwards', async () => {
        const model = edit(GOOD_MODEL, 'interviews 3..5', 'interviews 5..3');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'bereik-ongeldig', range: '29:19-29:20',
            message: 'Het aantal interviews 5..3 loopt terug. Zet het kleinste aantal voorop, bijvoorbeeld 3..5.'
        }]);
    });

    it('accepts a range of one value', async () => {
        expect(await modelFindings(edit(GOOD_MODEL, 'interviews 3..5', 'interviews 4..4'))).toEqual([]);
    });

    it('reports a lead time of zero', async () => {
        const model = edit(GOOD_MODEL, 'doorlooptijd 3 maanden', 'doorlooptijd 0 weken');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'bereik-ongeldig', range: '30:18-30:19',
            message: 'Een doorlooptijd van 0 weken kan geen scan halen. Geef een positief aantal.'
        }]);
    });
});

describe('focus requirements', () => {
    it('reports an unknown required party in Dutch, with a suggestion', async () => {
        const model = edit(GOOD_MODEL, 'vereist gemeente,', 'vereist gemeent,');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'linking-error', range: '27:17-27:24',
            message: "Onbekende partij 'gemeent'. Bedoelt u 'gemeente'? Bekend: gemeente, swv, schoolbestuur, jeugdhulp."
        }]);
    });

    it('reports a required party that this version retires', async () => {
        const members = '    vervalt partij swv\n    focus po_vo "PO/VO" {\n        vereist gemeente, swv | schoolbestuur, jeugdhulp\n    }';
        expect(await extensionFindings(members)).toEqual([{
            severity: 'error', code: 'vervallen-onderdeel', range: '4:27-4:30',
            message: "Partij 'swv' is vervallen in Regieneming versie 1.1 en kan niet meer vereist zijn. Kies een partij die nog bestaat."
        }]);
    });

    it('reports retiring a party that an inherited focus still requires', async () => {
        expect(await extensionFindings('    vervalt partij swv')).toEqual([{
            severity: 'error', code: 'vervallen-onderdeel', range: '2:20-2:23',
            message: "Partij 'swv' kan niet vervallen zolang focus 'po_vo' deze partij vereist. Laat die focus ook vervallen, of declareer de focus opnieuw met een 'vereist'-regel zonder 'swv'."
        }]);
    });

    it('accepts retiring a party when the focus is redeclared without it', async () => {
        const members = '    vervalt partij swv\n    focus po_vo "PO/VO" {\n        vereist gemeente, schoolbestuur, jeugdhulp\n    }';
        expect(await extensionFindings(members)).toEqual([]);
    });
});

describe('extending a version', () => {
    it('lists the available versions when the base does not exist, in version order and without itself', async () => {
        const files = {
            'm.zelfscan': GOOD_MODEL,
            'm19.zelfscan': extension('', 'model Regieneming versie 1.9 breidt Regieneming versie 1.0 uit'),
            'm110.zelfscan': extension('', 'model Regieneming versie 1.10 breidt Regieneming versie 1.9 uit'),
            'n.zelfscan': extension('', 'model Regieneming versie 2.0 breidt Regieneming versie 0.9 uit')
        };
        expect(await findings(files, 'n.zelfscan')).toEqual([{
            severity: 'error', code: 'linking-error', range: '1:37-1:59',
            message: "Model 'Regieneming versie 0.9' bestaat niet in de werkruimte. Beschikbare versies van Regieneming: 1.0, 1.9, 1.10."
        }]);
    });

    it('names the known models when no version of the named one exists', async () => {
        expect(await extensionFindings('', 'model Variant versie 1.0 breidt Regie versie 1.0 uit')).toEqual([{
            severity: 'error', code: 'linking-error', range: '1:33-1:49',
            message: "Model 'Regie versie 1.0' bestaat niet in de werkruimte. Bekende modellen: Regieneming."
        }]);
    });

    it('reports a cycle in both versions', async () => {
        const files = {
            'a.zelfscan': 'model X versie 1.0 breidt X versie 2.0 uit { }',
            'b.zelfscan': 'model X versie 2.0 breidt X versie 1.0 uit { }'
        };
        const expected = (other: string) => [{
            severity: 'error', code: 'kringverwijzing', range: '1:27-1:39',
            message: `Kringverwijzing: X versie ${other} breidt, direct of via andere versies, deze versie weer uit. Een versie kan alleen een oudere uitbreiden.`
        }];
        expect(await findings(files, 'a.zelfscan')).toEqual(expected('2.0'));
        expect(await findings(files, 'b.zelfscan')).toEqual(expected('1.0'));
    });

    it('reports a version that extends itself as a cycle', async () => {
        expect(await findings({ 'a.zelfscan': 'model X versie 1.0 breidt X versie 1.0 uit { }' }, 'a.zelfscan')).toEqual([{
            severity: 'error', code: 'kringverwijzing', range: '1:27-1:39',
            message: 'Kringverwijzing: X versie 1.0 breidt, direct of via andere versies, deze versie weer uit. Een versie kan alleen een oudere uitbreiden.'
        }]);
    });

    it('accepts a chain of three versions', async () => {
        const files = {
            'm.zelfscan': GOOD_MODEL,
            'n.zelfscan': extension('    vraag c "Wat valt op?"'),
            'o.zelfscan': extension('    vraag d "Hoe worden de rollen vervuld?"', 'model Regieneming versie 1.2 breidt Regieneming versie 1.1 uit')
        };
        expect(await findings(files, 'o.zelfscan')).toEqual([]);
    });

    it('reports a version not newer than the one it extends', async () => {
        expect(await extensionFindings('', 'model Regieneming versie 0.9 breidt Regieneming versie 1.0 uit')).toEqual([{
            severity: 'error', code: 'versie-niet-nieuwer', range: '1:26-1:29',
            message: 'Versie 0.9 is niet nieuwer dan versie 1.0, die ze uitbreidt. Geef deze versie een hoger nummer dan 1.0.'
        }]);
    });

    it('compares versions by number, not as text', async () => {
        const files = {
            'm.zelfscan': GOOD_MODEL,
            'm19.zelfscan': extension('', 'model Regieneming versie 1.9 breidt Regieneming versie 1.0 uit'),
            'n.zelfscan': extension('', 'model Regieneming versie 1.10 breidt Regieneming versie 1.9 uit')
        };
        expect(await findings(files, 'n.zelfscan')).toEqual([]);
    });

    it('accepts a variant with its own name and a lower version number', async () => {
        expect(await extensionFindings('', 'model Variant versie 0.1 breidt Regieneming versie 1.0 uit')).toEqual([]);
    });
});

describe('retiring items', () => {
    it('reports retiring what the base does not have, with a suggestion for a typo', async () => {
        expect(await extensionFindings('    vervalt partij kinderopvang\n    vervalt rol Ontwerpr')).toEqual([
            {
                severity: 'error', code: 'linking-error', range: '2:20-2:32',
                message: "De partij 'kinderopvang' kan niet vervallen: Regieneming versie 1.0 kent geen partij met die naam. Bekend: gemeente, swv, schoolbestuur, jeugdhulp."
            },
            {
                severity: 'error', code: 'linking-error', range: '3:17-3:25',
                message: "De rol 'Ontwerpr' kan niet vervallen: Regieneming versie 1.0 kent geen rol met die naam. Bedoelt u 'Ontwerper'? Bekend: Ontwerper, Verbinder."
            }
        ]);
    });

    it('reports vervalt in a model that extends nothing, once', async () => {
        const model = edit(GOOD_MODEL, '    interviews 3..5\n', '    vervalt partij swv\n    vervalt knelpunt onbekend\n    interviews 3..5\n');
        expect(await modelFindings(model)).toEqual([
            {
                severity: 'error', code: 'linking-error', range: '29:20-29:23',
                message: "'swv' kan niet vervallen: dit model breidt geen andere versie uit. Laat de regel weg of voeg 'breidt <model> versie <versie> uit' toe."
            },
            {
                severity: 'error', code: 'linking-error', range: '30:22-30:30',
                message: "'onbekend' kan niet vervallen: dit model breidt geen andere versie uit. Laat de regel weg of voeg 'breidt <model> versie <versie> uit' toe."
            }
        ]);
    });

    it('accepts retiring inherited items', async () => {
        expect(await extensionFindings('    vervalt knelpunt gefragmenteerd_veld\n    vervalt vraag b\n    vervalt rol Verbinder')).toEqual([]);
    });

    it('reports an item this version both declares and retires', async () => {
        expect(await extensionFindings('    vraag b "Nieuwe tekst"\n    vervalt vraag b')).toEqual([{
            severity: 'error', code: 'vervalt-eigen-onderdeel', range: '3:19-3:20',
            message: "'b' wordt in dit model zowel gedeclareerd als vervallen verklaard. Kies één van beide."
        }]);
    });

    it('accepts retiring an inherited action and an inherited prompt', async () => {
        const members = '    rol Ontwerper {\n        vervalt actie oplossing_zien\n    }\n    gebruik individueel "Individueel" {\n        vervalt reflectie zelf_doen\n    }';
        expect(await extensionFindings(members)).toEqual([]);
    });

    it('reports retiring an action of another role and an unknown prompt', async () => {
        const members = '    rol Ontwerper {\n        vervalt actie plezier\n    }\n    gebruik individueel "Individueel" {\n        vervalt reflectie zelf_doe\n    }';
        expect(await extensionFindings(members)).toEqual([
            {
                severity: 'error', code: 'linking-error', range: '3:23-3:30',
                message: "De actie 'plezier' kan niet vervallen: Regieneming versie 1.0 kent geen actie met die naam. Bekend: lokale_urgentie, oplossing_zien."
            },
            {
                severity: 'error', code: 'linking-error', range: '6:27-6:35',
                message: "De reflectievraag 'zelf_doe' kan niet vervallen: Regieneming versie 1.0 kent geen reflectievraag met die naam. Bedoelt u 'zelf_doen'? Bekend: zelf_doen."
            }
        ]);
    });
});

describe('retiring from a new role or a missing base', () => {
    it('says that a role new in this version has no inherited action to retire', async () => {
        const members = '    rol Dirigent {\n        omschrijving "o"\n        competentie "c"\n        actie x "x"\n        vervalt actie y\n    }';
        expect(await extensionFindings(members)).toEqual([{
            severity: 'error', code: 'linking-error', range: '6:23-6:24',
            message: "De actie 'y' kan niet vervallen: Regieneming versie 1.0 kent geen rol 'Dirigent', dus er is niets geërfd om te laten vervallen. Laat de regel weg."
        }]);
    });

    it('reports only the unknown base, not every retirement that then cannot be checked', async () => {
        const members = '    vervalt partij swv\n    rol Ontwerper {\n        vervalt actie oplossing_zien\n    }';
        expect(await extensionFindings(members, 'model Regieneming versie 1.1 breidt Regieneming versie 0.5 uit')).toEqual([{
            severity: 'error', code: 'linking-error', range: '1:37-1:59',
            message: "Model 'Regieneming versie 0.5' bestaat niet in de werkruimte. Beschikbare versies van Regieneming: 1.0."
        }]);
    });
});

describe('one version, one file', () => {
    it('reports the same version in two files in both, naming the other file relative to this one', async () => {
        const files = { 'm.zelfscan': GOOD_MODEL, 'kopie/m.zelfscan': GOOD_MODEL };
        expect(await findings(files, 'm.zelfscan')).toEqual([{
            severity: 'error', code: 'dubbel-model', range: '2:26-2:29',
            message: 'Regieneming versie 1.0 is ook vastgelegd in kopie/m.zelfscan. Elke versie mag maar in één bestand staan; geef deze een ander versienummer.'
        }]);
        expect(await findings(files, 'kopie/m.zelfscan')).toEqual([{
            severity: 'error', code: 'dubbel-model', range: '2:26-2:29',
            message: 'Regieneming versie 1.0 is ook vastgelegd in ../m.zelfscan. Elke versie mag maar in één bestand staan; geef deze een ander versienummer.'
        }]);
    });

    it('accepts two versions of one model in two files', async () => {
        expect(await findings({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': edit(GOOD_MODEL, 'versie 1.0', 'versie 2.0') }, 'm.zelfscan')).toEqual([]);
    });
});

describe('complete roles', () => {
    it('warns about a role without competence and actions', async () => {
        const model = edit(GOOD_MODEL, '        competentie "Mensen aansteken"\n        actie plezier "Zorgen dat iedereen plezier heeft"\n', '');
        expect(await modelFindings(model)).toEqual([{
            severity: 'warning', code: 'rol-onvolledig', range: '17:9-17:18',
            message: "Rol 'Verbinder' mist: competentie, acties. De lege zelfscan en de rapporten tonen deze gegevens bij de rol."
        }]);
    });

    it('warns about a new empty role in an extending version', async () => {
        expect(await extensionFindings('    rol Dirigent { }')).toEqual([{
            severity: 'warning', code: 'rol-onvolledig', range: '2:9-2:17',
            message: "Rol 'Dirigent' mist: omschrijving, competentie, acties. De lege zelfscan en de rapporten tonen deze gegevens bij de rol."
        }]);
    });

    it('accepts a redeclared role that inherits its description, competence and actions', async () => {
        expect(await extensionFindings('    rol Verbinder {\n        actie overleg "Toewerken naar structureel overleg"\n    }')).toEqual([]);
    });
});

describe('the scale rules', () => {
    const RULES = '    zwak tot en met 2\n    onenigheid vanaf spreiding 2\n    afronding half naar boven\n    standaarddeviatie populatie\n';

    it('warns at the scale for each rule the model does not state, with an example that fits the scale', async () => {
        expect(await modelFindings(edit(GOOD_MODEL, RULES, ''))).toEqual([
            {
                severity: 'warning', code: 'schaalregel-ontbreekt', range: '4:12-4:24',
                message: "Het model legt niet vast wanneer een rol zwak aanwezig is; zonder die regel geven de rapporten geen signaal 'zwak aanwezig'. Voeg bij de schaal aanwezigheid een regel toe, bijvoorbeeld 'zwak tot en met 2'."
            },
            {
                severity: 'warning', code: 'schaalregel-ontbreekt', range: '4:12-4:24',
                message: "Het model legt niet vast wanneer respondenten van mening verschillen; zonder die regel geven de rapporten geen signaal 'onenigheid'. Voeg bij de schaal aanwezigheid een regel toe, bijvoorbeeld 'onenigheid vanaf spreiding 2'."
            },
            {
                severity: 'warning', code: 'schaalregel-ontbreekt', range: '4:12-4:24',
                message: "Het model legt niet vast hoe een gemiddelde naar een schaalpunt wordt afgerond; zonder die regel tonen de rapporten niet welk schaalpunt bij een gemiddelde hoort. Voeg bij de schaal aanwezigheid een regel toe, bijvoorbeeld 'afronding half naar boven'."
            },
            {
                severity: 'warning', code: 'schaalregel-ontbreekt', range: '4:12-4:24',
                message: "Het model legt niet vast welke standaarddeviatie de rapporten tonen (populatie of steekproef); zonder die regel tonen de rapporten geen standaarddeviatie. Voeg bij de schaal aanwezigheid een regel toe, bijvoorbeeld 'standaarddeviatie populatie'."
            }
        ]);
    });

    it('reports a weak threshold at the top of the scale or below it, at the value, with the values that fit', async () => {
        expect(await modelFindings(edit(GOOD_MODEL, 'zwak tot en met 2', 'zwak tot en met 5'))).toEqual([{
            severity: 'error', code: 'schaalregel-past-niet', range: '44:21-44:22',
            message: "'zwak tot en met 5' past niet bij de schaal aanwezigheid 1..5: dan is elke rol zwak aanwezig, ook met de hoogste score. Kies een waarde van 1 tot en met 4."
        }]);
        expect(await modelFindings(edit(GOOD_MODEL, 'zwak tot en met 2', 'zwak tot en met 0'))).toEqual([{
            severity: 'error', code: 'schaalregel-past-niet', range: '44:21-44:22',
            message: "'zwak tot en met 0' past niet bij de schaal aanwezigheid 1..5: dan is geen rol ooit zwak aanwezig. Kies een waarde van 1 tot en met 4."
        }]);
    });

    it('reports a disagreement spread of 0 or wider than the scale', async () => {
        expect(await modelFindings(edit(GOOD_MODEL, 'spreiding 2', 'spreiding 0'))).toEqual([{
            severity: 'error', code: 'schaalregel-past-niet', range: '45:32-45:33',
            message: "'onenigheid vanaf spreiding 0' past niet bij de schaal aanwezigheid 1..5: dan verschillen twee respondenten altijd van mening. Kies een waarde van 1 tot en met 4."
        }]);
        expect(await modelFindings(edit(GOOD_MODEL, 'spreiding 2', 'spreiding 5'))).toEqual([{
            severity: 'error', code: 'schaalregel-past-niet', range: '45:32-45:33',
            message: "'onenigheid vanaf spreiding 5' past niet bij de schaal aanwezigheid 1..5: zo ver lopen scores op deze schaal nooit uiteen (hoogstens 4). Kies een waarde van 1 tot en met 4."
        }]);
    });

    it('reports a rule stated twice at its keyword', async () => {
        expect(await modelFindings(edit(GOOD_MODEL, '    afronding half naar boven\n', '    afronding half naar boven\n    afronding half naar even\n'))).toEqual([{
            severity: 'error', code: 'dubbele-instelling', range: '47:5-47:14',
            message: "'afronding' staat meer dan eens in dit model (eerst op regel 46). Houd er één over."
        }]);
    });

    it('lets an extending version change one rule without restating the scale, checked against the inherited scale', async () => {
        expect(await extensionFindings('    zwak tot en met 1')).toEqual([]);
        expect(await extensionFindings('    onenigheid vanaf spreiding 9')).toEqual([{
            severity: 'error', code: 'schaalregel-past-niet', range: '2:32-2:33',
            message: "'onenigheid vanaf spreiding 9' past niet bij de schaal aanwezigheid 1..5: zo ver lopen scores op deze schaal nooit uiteen (hoogstens 4). Kies een waarde van 1 tot en met 4."
        }]);
    });

    it('reports inherited thresholds that do not fit a new scale of an extending version at that scale', async () => {
        expect(await extensionFindings('    schaal kort 1..2 {\n        1 "weinig"\n        2 "veel"\n    }')).toEqual([
            {
                severity: 'error', code: 'schaalregel-past-niet', range: '2:12-2:16',
                message: "De regel 'zwak tot en met 2', overgenomen van een eerdere versie, past niet bij de schaal 1..2 van deze versie. Schrijf de regel opnieuw in dit model, met een waarde van 1 tot en met 1."
            },
            {
                severity: 'error', code: 'schaalregel-past-niet', range: '2:12-2:16',
                message: "De regel 'onenigheid vanaf spreiding 2', overgenomen van een eerdere versie, past niet bij de schaal 1..2 van deze versie. Schrijf de regel opnieuw in dit model, met een waarde van 1 tot en met 1."
            }
        ]);
        expect(await extensionFindings('    schaal kort 1..2 {\n        1 "weinig"\n        2 "veel"\n    }\n    zwak tot en met 1\n    onenigheid vanaf spreiding 1')).toEqual([]);
    });
});

describe('themes and areas of the scoping', () => {
    const SCOPED = edit(GOOD_MODEL, '    vraag a ', '    thema passend_onderwijs "Passend onderwijs"\n    gebied jeugdhulpregio "Jeugdhulpregio"\n    vraag a ');

    it('accepts themes and areas, also under a name another kind uses', async () => {
        expect(await modelFindings(edit(SCOPED, '    vraag a ', '    gebied passend_onderwijs "Het werkgebied van het SWV"\n    vraag a '))).toEqual([]);
    });

    it('reports a theme declared twice, with the neuter article', async () => {
        const model = edit(SCOPED, '    vraag a ', '    thema passend_onderwijs "Passend onderwijs (2)"\n    vraag a ');
        expect(await modelFindings(model)).toEqual([{
            severity: 'error', code: 'dubbele-naam', range: '33:11-33:28',
            message: "Dubbel thema 'passend_onderwijs': deze naam staat al op regel 31. Geef elk thema een eigen naam, of voeg beide samen."
        }]);
    });

    it('lets an extending version rename a theme and retire an area it inherits', async () => {
        const files = { 'm.zelfscan': SCOPED, 'n.zelfscan': extension('    thema inclusief_onderwijs was passend_onderwijs "Inclusief onderwijs"\n    vervalt gebied jeugdhulpregio') };
        expect(await findings(files, 'n.zelfscan')).toEqual([]);
    });

    it('reports retiring an area the base does not have, listing the ones it has', async () => {
        const files = { 'm.zelfscan': SCOPED, 'n.zelfscan': extension('    vervalt gebied jeugdhulpregoi') };
        expect(await findings(files, 'n.zelfscan')).toEqual([{
            severity: 'error', code: 'linking-error', range: '2:20-2:34',
            message: "Het gebied 'jeugdhulpregoi' kan niet vervallen: Regieneming versie 1.0 kent geen gebied met die naam. Bedoelt u 'jeugdhulpregio'? Bekend: jeugdhulpregio."
        }]);
    });
});
