import { describe, expect, it } from 'vitest';
import type { ItemDefs, ModelDefinition, RoleDef } from '../../src/domain/model-definition.js';
import { resolveModel } from '../../src/domain/resolve-model.js';

const NO_ITEMS: ItemDefs = { role: [], party: [], focus: [], question: [], use: [], obstacle: [], handhold: [], trait: [], theme: [], area: [] };

function definition(version: string, parts: Partial<Omit<ModelDefinition, 'key' | 'items'>> & { items?: Partial<ItemDefs> } = {}): ModelDefinition {
    return { retirements: [], scaleRules: {}, ...parts, key: { name: 'Regieneming', version }, items: { ...NO_ITEMS, ...parts.items } };
}

function role(name: string, parts: Partial<RoleDef> = {}): RoleDef {
    return { name, actions: [], retiredActions: [], ...parts };
}

const BASE = definition('1.0', {
    title: 'Zelfscan',
    scale: { name: 'aanwezigheid', min: 1, max: 5, points: [] },
    interviews: { min: 3, max: 5 },
    maxDuration: { amount: 3, unit: 'maanden' },
    items: {
        role: [
            role('Ontwerper', { description: 'ziet kansen', competence: 'improviseren', actions: [{ name: 'a1', text: 'A1' }, { name: 'a2', text: 'A2' }] }),
            role('Verbinder', { description: 'brengt bijeen', competence: 'aansteken', actions: [{ name: 'v1', text: 'V1' }] })
        ],
        party: [{ name: 'gemeente', label: 'Gemeente' }, { name: 'swv', label: 'SWV' }],
        use: [{ name: 'individueel', label: 'Individueel', description: 'spiegel', prompts: [{ name: 'p1', text: 'P1' }, { name: 'p2', text: 'P2' }], retiredPrompts: [] }],
        trait: [{ name: 'beweging', label: 'Beweging', values: [{ name: 'van_onderop', label: 'Onderop' }] }]
    }
});

describe('resolveModel', () => {
    it('needs at least one definition', () => {
        expect(() => resolveModel([])).toThrow('resolveModel needs at least one model definition');
    });

    it('returns a single version as declared, with its provenance', () => {
        const model = resolveModel([BASE]);
        expect(model.key).toEqual({ name: 'Regieneming', version: '1.0' });
        expect(model.chain).toEqual([{ name: 'Regieneming', version: '1.0' }]);
        expect([...model.items.role.keys()]).toEqual(['Ontwerper', 'Verbinder']);
        expect(model.items.party.get('swv')).toEqual({
            name: 'swv', label: 'SWV',
            introducedIn: { name: 'Regieneming', version: '1.0' }, definedIn: { name: 'Regieneming', version: '1.0' }
        });
    });

    it('inherits settings a version does not state and overrides those it does', () => {
        const model = resolveModel([BASE, definition('1.1', { interviews: { min: 2, max: 6 } })]);
        expect(model.title).toBe('Zelfscan');
        expect(model.scale?.name).toBe('aanwezigheid');
        expect(model.interviews).toEqual({ min: 2, max: 6 });
        expect(model.maxDuration).toEqual({ amount: 3, unit: 'maanden' });
        expect(model.chain.map(k => k.version)).toEqual(['1.1', '1.0']);
    });

    it('merges a redeclared role: given fields win, actions merge by name and keep their place', () => {
        const model = resolveModel([BASE, definition('1.1', {
            items: { role: [role('Ontwerper', { competence: 'inventief zijn', actions: [{ name: 'a2', text: 'A2 nieuw' }, { name: 'a3', text: 'A3' }], retiredActions: ['a1'] })] }
        })]);
        const ontwerper = model.items.role.get('Ontwerper')!;
        expect(ontwerper.description).toBe('ziet kansen');
        expect(ontwerper.competence).toBe('inventief zijn');
        expect(ontwerper.actions.map(a => [a.name, a.text, a.introducedIn.version, a.definedIn.version])).toEqual([
            ['a2', 'A2 nieuw', '1.0', '1.1'],
            ['a3', 'A3', '1.1', '1.1']
        ]);
        expect([ontwerper.introducedIn.version, ontwerper.definedIn.version]).toEqual(['1.0', '1.1']);
        // An inherited item keeps its place in the order of the model.
        expect([...model.items.role.keys()]).toEqual(['Ontwerper', 'Verbinder']);
    });

    it('merges prompts of a redeclared use and values of a redeclared trait', () => {
        const model = resolveModel([BASE, definition('1.1', {
            items: {
                use: [{ name: 'individueel', label: 'Alleen', prompts: [{ name: 'p3', text: 'P3' }], retiredPrompts: ['p1'] }],
                trait: [{ name: 'beweging', label: 'Beweging', values: [{ name: 'van_bovenaf', label: 'Bovenaf' }] }]
            }
        })]);
        const use = model.items.use.get('individueel')!;
        expect([use.label, use.description, use.prompts.map(p => p.name)]).toEqual(['Alleen', 'spiegel', ['p2', 'p3']]);
        expect(model.items.trait.get('beweging')!.values.map(v => v.name)).toEqual(['van_onderop', 'van_bovenaf']);
    });

    it('replaces a redeclared party as a whole', () => {
        const model = resolveModel([BASE, definition('1.1', { items: { party: [{ name: 'swv', label: 'Samenwerkingsverband' }] } })]);
        expect(model.items.party.get('swv')?.label).toBe('Samenwerkingsverband');
        expect(model.items.party.get('swv')?.introducedIn.version).toBe('1.0');
    });

    it('retires an inherited item and remembers where', () => {
        const model = resolveModel([BASE, definition('1.1', { retirements: [{ kind: 'role', name: 'Verbinder' }] })]);
        expect([...model.items.role.keys()]).toEqual(['Ontwerper']);
        const retired = model.retired.role.get('Verbinder')!;
        expect([retired.item.name, retired.retiredIn.version]).toEqual(['Verbinder', '1.1']);
    });

    it('brings back an item retired by an earlier version when a later one redeclares it', () => {
        const model = resolveModel([
            BASE,
            definition('1.1', { retirements: [{ kind: 'party', name: 'swv' }] }),
            definition('1.2', { items: { party: [{ name: 'swv', label: 'SWV terug' }] } })
        ]);
        expect(model.items.party.get('swv')?.label).toBe('SWV terug');
        expect(model.retired.party.size).toBe(0);
    });

    it('retires only inherited items: a version that declares and retires an item keeps it', () => {
        const model = resolveModel([BASE, definition('1.1', {
            items: { party: [{ name: 'jgz', label: 'JGZ' }] },
            retirements: [{ kind: 'party', name: 'jgz' }]
        })]);
        expect(model.items.party.has('jgz')).toBe(true);
        expect(model.retired.party.has('jgz')).toBe(false);
    });

    it('ignores a retirement in a version without a base', () => {
        const model = resolveModel([definition('1.0', { items: { party: [{ name: 'swv', label: 'SWV' }] }, retirements: [{ kind: 'party', name: 'swv' }] })]);
        expect([...model.items.party.keys()]).toEqual(['swv']);
        expect(model.retired.party.size).toBe(0);
    });

    it('ignores the retirement of something that does not exist', () => {
        const model = resolveModel([BASE, definition('1.1', { retirements: [{ kind: 'question', name: 'z' }] })]);
        expect(model.retired.question.size).toBe(0);
    });
});
