import { AstUtils, type AstNode, type Reference } from 'langium';
import { describe, expect, it } from 'vitest';
import * as ast from '../../src/language/generated/ast.js';
import { createTestWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { GOOD_MODEL, GOOD_SCAN, edit, extension, findings } from './fixture-texts.js';

/** Where a reference points: the file name and the line of the target (1-based). */
function target(workspace: TestWorkspace, reference: Reference | undefined): string | undefined {
    const node: AstNode | undefined = reference?.ref;
    if (!node) {
        return undefined;
    }
    const uri = AstUtils.getDocument(node).uri.toString();
    const name = [...workspace.documents].find(([, document]) => document.uri.toString() === uri)?.[0];
    return `${name}:${node.$cstNode!.range.start.line + 1}`;
}

function scanOf(workspace: TestWorkspace, name = 's.regioscan'): ast.RegionScan {
    return workspace.doc(name).parseResult.value as ast.RegionScan;
}

const VERSION_11 = extension([
    '    rol Verbinder {',
    '        omschrijving "Brengt partners bijeen, ook bestuurlijk"',
    '    }',
    '    rol Dirigent {',
    '        omschrijving "Geeft het netwerk een gezicht"',
    '        competentie "Bestuurlijk verbinden"',
    '        actie in_beeld "De samenwerking in beeld brengen"',
    '    }',
    '    vervalt knelpunt gefragmenteerd_veld'
].join('\n'));

describe('linking a scan to its model', () => {
    it('resolves the model and every name in the scan to declarations in the model file', async () => {
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': GOOD_SCAN });
        const scan = scanOf(workspace);
        expect(target(workspace, scan.model)).toBe('m.zelfscan:2');
        const respondent = scan.members.filter(ast.isRespondent)[0];
        expect(target(workspace, respondent.party)).toBe('m.zelfscan:22');
        expect(respondent.parts.filter(ast.isScore).map(s => target(workspace, s.role))).toEqual(['m.zelfscan:11', 'm.zelfscan:17']);
        const trait = scan.members.find(ast.isTraitSetting)!;
        expect([target(workspace, trait.trait), target(workspace, trait.value)]).toEqual(['m.zelfscan:39', 'm.zelfscan:40']);
        expect(target(workspace, scan.members.find(ast.isScanFocus)!.focus)).toBe('m.zelfscan:26');
        expect(target(workspace, scan.members.find(ast.isScanUse)!.use)).toBe('m.zelfscan:33');
        expect(target(workspace, scan.members.find(ast.isObstacleNote)!.obstacle)).toBe('m.zelfscan:37');
        expect(target(workspace, scan.members.find(ast.isHandholdNote)!.handhold)).toBe('m.zelfscan:38');
        const answers = scan.members.find(ast.isFactsheet)!.parts.filter(ast.isAnswer);
        expect(answers.map(a => target(workspace, a.question))).toEqual(['m.zelfscan:31', 'm.zelfscan:32']);
    });

    it('links the same names of a newer version to its own or inherited declarations', async () => {
        const scan = edit(GOOD_SCAN, 'versie 1.0', 'versie 1.1', '        Verbinder 3\n', '        Verbinder 3\n        Dirigent 2\n');
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': VERSION_11, 's.regioscan': scan });
        const respondent = scanOf(workspace).members.filter(ast.isRespondent)[0];
        expect(target(workspace, scanOf(workspace).model)).toBe('n.zelfscan:1');
        // Ontwerper is inherited, Verbinder redeclared in 1.1, Dirigent new in 1.1.
        expect(respondent.parts.filter(ast.isScore).map(s => target(workspace, s.role))).toEqual(['m.zelfscan:11', 'n.zelfscan:2', 'n.zelfscan:5']);
        expect(target(workspace, respondent.party)).toBe('m.zelfscan:22');
    });

    it('keeps a retired item linked, so that validation can say it is retired rather than unknown', async () => {
        const scan = edit(GOOD_SCAN, 'versie 1.0', 'versie 1.1');
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': VERSION_11, 's.regioscan': scan });
        expect(target(workspace, scanOf(workspace).members.find(ast.isObstacleNote)!.obstacle)).toBe('m.zelfscan:37');
        // Besides the retired obstacle, each respondent is only told to score the new role Dirigent.
        expect(workspace.diagnostics('s.regioscan').map(d => d.data?.code)).toEqual(['vervallen-onderdeel', 'rol-zonder-score', 'rol-zonder-score', 'rol-zonder-score']);
    });

    it('does not link a name that a version before the named one does not have', async () => {
        const scan = edit(GOOD_SCAN, '        Verbinder 3\n', '        Verbinder 3\n        Dirigent 2\n');
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': VERSION_11, 's.regioscan': scan });
        const score = scanOf(workspace).members.filter(ast.isRespondent)[0].parts.filter(ast.isScore)[2];
        expect(score.role.ref).toBeUndefined();
        expect(score.role.error?.message).toBe("Onbekende rol 'Dirigent'. Bekend: Ontwerper, Verbinder.");
    });

    it('links scans across folders of the workspace', async () => {
        const workspace = await createTestWorkspace({ 'modellen/regieneming.zelfscan': GOOD_MODEL, 'scans/2024/noord.regioscan': GOOD_SCAN });
        expect(target(workspace, scanOf(workspace, 'scans/2024/noord.regioscan').model)).toBe('modellen/regieneming.zelfscan:2');
        expect(workspace.diagnostics('scans/2024/noord.regioscan')).toEqual([]);
    });

    it('picks the named version when several versions are in the workspace', async () => {
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': VERSION_11, 's.regioscan': GOOD_SCAN });
        expect(target(workspace, scanOf(workspace).model)).toBe('m.zelfscan:2');
    });
});

describe('linking inside models', () => {
    it('links a base version and retired items to the base file', async () => {
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': VERSION_11 });
        const model = workspace.doc('n.zelfscan').parseResult.value as ast.Model;
        expect(target(workspace, model.base)).toBe('m.zelfscan:2');
        expect(target(workspace, model.members.find(ast.isRetirement)!.target)).toBe('m.zelfscan:37');
    });

    it('links required parties to the version that declares them, also when inherited', async () => {
        const version11 = extension('    partij kinderopvang "Kinderopvang"\n    focus nul_zes "0-6" {\n        vereist gemeente, kinderopvang\n    }');
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': version11 });
        const model = workspace.doc('n.zelfscan').parseResult.value as ast.Model;
        const choices = model.members.find(ast.isFocus)!.requirements[0].alternatives;
        expect(choices.map(c => target(workspace, c.parties[0]))).toEqual(['m.zelfscan:22', 'n.zelfscan:2']);
        expect(workspace.diagnostics('n.zelfscan')).toEqual([]);
    });

    it('uses het-words for neuter nouns in retirement messages', async () => {
        expect((await findings({ 'm.zelfscan': GOOD_MODEL, 'n.zelfscan': extension('    vervalt knelpunt gefragmenteerd') }, 'n.zelfscan'))
            .map(f => f.message)).toEqual([
            "Het knelpunt 'gefragmenteerd' kan niet vervallen: Regieneming versie 1.0 kent geen knelpunt met die naam. Bekend: gefragmenteerd_veld."
        ]);
    });
});

describe('after an edit', () => {
    it('relinks and revalidates a scan when the model file it names is removed', async () => {
        const workspace = await createTestWorkspace({ 'm.zelfscan': GOOD_MODEL, 's.regioscan': GOOD_SCAN });
        expect(workspace.diagnostics('s.regioscan')).toEqual([]);
        await workspace.services.shared.workspace.DocumentBuilder.update([], [workspace.doc('m.zelfscan').uri]);
        expect(workspace.diagnostics('s.regioscan').map(d => d.message)).toEqual([
            "Model 'Regieneming versie 1.0' bestaat niet in de werkruimte. Open het .zelfscan-bestand van dit model of voeg het toe aan de werkruimte."
        ]);
    });
});
