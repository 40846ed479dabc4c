// Summarises the .cpuprofile files that `node --cpu-prof` writes: hottest functions by self and by total time.
// Functions in an esbuild bundle are named after the source module, from the `// path` comment esbuild puts
// before each module.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export function summarizeProfile(folder, top = 15) {
    const files = readdirSync(folder).filter(f => f.endsWith('.cpuprofile'));
    return files.map(file => summarizeOne(JSON.parse(readFileSync(path.join(folder, file), 'utf8')), top)).join('\n');
}

function summarizeOne(profile, top) {
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const parentOf = new Map();
    for (const node of profile.nodes) {
        for (const child of node.children ?? []) parentOf.set(child, node.id);
    }
    const modules = new ModuleNames();
    const keyOf = node => {
        const { functionName, url, lineNumber } = node.callFrame;
        const where = url ? `${modules.of(url, lineNumber)}:${lineNumber + 1}` : '';
        return `${functionName || '(anonymous)'} ${where}`.trim();
    };
    const self = new Map();
    const total = new Map();
    let all = 0;
    profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i] ?? 0) / 1000;
        all += ms;
        const node = byId.get(id);
        add(self, keyOf(node), ms);
        const seen = new Set();
        for (let current = id; current !== undefined; current = parentOf.get(current)) {
            const key = keyOf(byId.get(current));
            if (!seen.has(key)) {
                seen.add(key);
                add(total, key, ms);
            }
        }
    });
    const list = (map, skip) => [...map].filter(([key]) => !skip(key)).sort((a, b) => b[1] - a[1]).slice(0, top)
        .map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms ${(100 * ms / all).toFixed(1).padStart(5)} %  ${key}`).join('\n');
    const wrapper = key => /^\((root|program|idle)\)/.test(key);
    const generic = key => wrapper(key) || /^(\(anonymous\)|processTicksAndRejections|runMicrotasks) node:/.test(key);
    const notOurs = key => !/ src\//.test(key);
    return `sampled ${all.toFixed(0)} ms\nby self time:\n${list(self, wrapper)}\nby total time (callees included):\n${list(total, generic)}`
        + `\nproject code (src/) by total time:\n${list(total, notOurs)}`;
}

function add(map, key, ms) {
    map.set(key, (map.get(key) ?? 0) + ms);
}

/** The source module of a line in a bundle, from esbuild's `// path/to/module.ts` comments. */
class ModuleNames {
    constructor() {
        this.cache = new Map();
    }

    of(url, line) {
        if (!url.startsWith('file:')) {
            return url;
        }
        let markers = this.cache.get(url);
        if (!markers) {
            markers = [];
            try {
                readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((text, i) => {
                    // esbuild names modules relative to the current folder, so the path may start with ../ or another checkout.
                    const match = /^\/\/ (?:\S*?\/)?((?:src|node_modules)\/\S+)$/.exec(text);
                    if (match) markers.push([i, match[1]]);
                });
            } catch {
                // Not readable: keep the plain file name.
            }
            this.cache.set(url, markers);
        }
        let name = path.basename(fileURLToPath(url));
        for (const [start, module] of markers) {
            if (start > line) break;
            name = module;
        }
        return name;
    }
}
