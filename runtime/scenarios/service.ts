import { compile, type CompiledScenario } from '../../dsl/compile';
import { migrate } from '../../dsl/migrate';
import { Scenario } from '../../dsl/schema/document';
import { validate, type ValidationResult } from '../../dsl/validate';
import { ApiError, conflict, invalid, notFound } from '../http/errors';
import type { Binding, Revision, ScenarioRecord } from '../storage/records';
import type { Storage, StudioData } from '../storage/types';

const now = () => new Date().toISOString();

/**
 * Subflows resolve to a pinned revision when the node names one, else to the referenced
 * scenario's current revision at the time of publishing — and that choice is recorded.
 */
function resolverFor(data: StudioData, pins: Record<string, number>, useDrafts: boolean) {
  return (id: string, revision?: number) => {
    const record = data.scenarios[id];
    if (!record) return undefined;
    const wanted = revision ?? record.current ?? undefined;
    if (wanted === undefined) return useDrafts ? record.draft : undefined;
    const found = data.revisions[id]?.find((r) => r.revision === wanted);
    if (found) pins[id] = found.revision;
    return found?.document;
  };
}

/** The document as it will be stored: migrated when older, otherwise exactly as written. */
function storedForm(input: unknown): Record<string, unknown> {
  const migrated = migrate(input);
  return (migrated.from !== undefined ? migrated.document : input) as Record<string, unknown>;
}

export class ScenarioService {
  private readonly publishedListeners = new Set<(revision: Revision) => void>();

  constructor(private readonly storage: Storage) {}

  /** Told of every revision once it is stored (robots train their NLU then); returns the unsubscribe. */
  onPublished(listener: (revision: Revision) => void): () => void {
    this.publishedListeners.add(listener);
    return () => this.publishedListeners.delete(listener);
  }

  async check(input: unknown): Promise<ValidationResult> {
    return this.storage.read((data) => validate(input, { resolveScenario: resolverFor(data, {}, true) }));
  }

  /** A draft may be incomplete (unconnected ports), but never malformed. */
  private async checkDraft(input: unknown): Promise<{ result: ValidationResult; scenario: Scenario }> {
    const result = await this.check(input);
    if (!result.scenario) {
      throw invalid('the scenario document is malformed', result.diagnostics.filter((d) => d.severity === 'error'));
    }
    return { result, scenario: result.scenario };
  }

  async list(): Promise<ScenarioRecord[]> {
    return this.storage.read((data) => Object.values(data.scenarios).sort((a, b) => a.id.localeCompare(b.id)));
  }

  async get(id: string): Promise<ScenarioRecord> {
    const record = await this.storage.read((data) => data.scenarios[id]);
    if (!record) throw notFound(`scenario '${id}'`);
    return record;
  }

  async create(input: unknown): Promise<{ record: ScenarioRecord; result: ValidationResult }> {
    const { result, scenario } = await this.checkDraft(input);
    const record = await this.storage.update((data) => {
      if (data.scenarios[scenario.id]) throw conflict('scenario.exists', `a scenario with id '${scenario.id}' already exists`);
      const created: ScenarioRecord = { id: scenario.id, name: scenario.name, draft: storedForm(input), createdAt: now(), updatedAt: now(), published: null, current: null };
      data.scenarios[scenario.id] = created;
      return created;
    });
    return { record, result };
  }

  async updateDraft(id: string, input: unknown): Promise<{ record: ScenarioRecord; result: ValidationResult }> {
    const { result, scenario } = await this.checkDraft(input);
    if (scenario.id !== id) throw new ApiError(400, 'scenario.idMismatch', `the document's id '${scenario.id}' does not match the URL's '${id}'`);
    const record = await this.storage.update((data) => {
      const existing = data.scenarios[id];
      if (!existing) throw notFound(`scenario '${id}'`);
      const updated = { ...existing, name: scenario.name, draft: storedForm(input), updatedAt: now() };
      data.scenarios[id] = updated;
      return updated;
    });
    return { record, result };
  }

  async remove(id: string): Promise<void> {
    await this.storage.update((data) => {
      if (!data.scenarios[id]) throw notFound(`scenario '${id}'`);
      const bound = data.bindings.filter((b) => b.scenarioId === id);
      if (bound.length > 0) {
        throw conflict('scenario.bound', `scenario '${id}' is still bound to ${bound.map((b) => `${b.kind} ${b.address}`).join(', ')}`);
      }
      delete data.scenarios[id];
      delete data.revisions[id];
    });
  }

  /** Publishing compiles the draft; errors block it, warnings do not. */
  async publish(id: string, message: string): Promise<Revision> {
    const published = await this.storage.update((data) => {
      const record = data.scenarios[id];
      if (!record) throw notFound(`scenario '${id}'`);
      const pins: Record<string, number> = {};
      const resolve = resolverFor(data, pins, false);
      const result = validate(record.draft, { resolveScenario: resolve });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (!result.scenario || errors.length > 0) throw invalid(`scenario '${id}' has ${errors.length} error(s) and cannot be published`, errors);
      const compiled = compile(result.scenario, {
        validated: true,
        resolveScenario: (ref, revision) => {
          const document = resolve(ref, revision);
          return document ? Scenario.parse(migrate(document).document) : undefined;
        },
      });
      const revisions = (data.revisions[id] ??= []);
      const revision: Revision = {
        scenarioId: id,
        revision: (revisions.at(-1)?.revision ?? 0) + 1,
        message,
        publishedAt: now(),
        document: record.draft,
        compiled: compiled as unknown as Record<string, unknown>,
        subflows: pins,
      };
      revisions.push(revision);
      data.scenarios[id] = { ...record, published: revision.revision, current: revision.revision, updatedAt: now() };
      return revision;
    });
    for (const listener of this.publishedListeners) listener(published);
    return published;
  }

  async revisions(id: string): Promise<Revision[]> {
    await this.get(id);
    return this.storage.read((data) => data.revisions[id] ?? []);
  }

  async revision(id: string, revision: number): Promise<Revision> {
    const found = await this.storage.read((data) => data.revisions[id]?.find((r) => r.revision === revision));
    if (!found) throw notFound(`revision ${revision} of scenario '${id}'`);
    return found;
  }

  /** Makes an older revision current again; bindings that follow the current one follow it. */
  async rollback(id: string, revision: number): Promise<ScenarioRecord> {
    return this.storage.update((data) => {
      const record = data.scenarios[id];
      if (!record) throw notFound(`scenario '${id}'`);
      const target = data.revisions[id]?.find((r) => r.revision === revision);
      if (!target) throw notFound(`revision ${revision} of scenario '${id}'`);
      const updated = { ...record, current: revision, draft: target.document, updatedAt: now() };
      data.scenarios[id] = updated;
      return updated;
    });
  }

  async bindings(): Promise<Binding[]> {
    return this.storage.read((data) => [...data.bindings]);
  }

  async bind(binding: Binding): Promise<Binding> {
    return this.storage.update((data) => {
      const record = data.scenarios[binding.scenarioId];
      if (!record) throw notFound(`scenario '${binding.scenarioId}'`);
      if (binding.revision !== null && !data.revisions[binding.scenarioId]?.some((r) => r.revision === binding.revision)) {
        throw notFound(`revision ${binding.revision} of scenario '${binding.scenarioId}'`);
      }
      if (binding.revision === null && record.current === null) {
        throw conflict('scenario.unpublished', `scenario '${binding.scenarioId}' has no published revision to bind`);
      }
      data.bindings = [...data.bindings.filter((b) => !(b.kind === binding.kind && b.address === binding.address)), binding];
      return binding;
    });
  }

  async unbind(kind: Binding['kind'], address: string): Promise<void> {
    await this.storage.update((data) => {
      const before = data.bindings.length;
      data.bindings = data.bindings.filter((b) => !(b.kind === kind && b.address === address));
      if (data.bindings.length === before) throw notFound(`binding ${kind} ${address}`);
    });
  }

  /** The revision a new session runs: a binding's, or a scenario's current one. */
  async revisionFor(route: { kind: Binding['kind'] | 'scenario'; address: string; revision?: number }): Promise<Revision> {
    return this.storage.read((data) => {
      let scenarioId = route.address;
      let wanted = route.revision ?? null;
      if (route.kind !== 'scenario') {
        const binding = data.bindings.find((b) => b.kind === route.kind && b.address === route.address);
        if (!binding) throw notFound(`a scenario bound to ${route.kind} '${route.address}'`);
        scenarioId = binding.scenarioId;
        wanted = binding.revision;
      }
      const record = data.scenarios[scenarioId];
      if (!record) throw notFound(`scenario '${scenarioId}'`);
      const number = wanted ?? record.current;
      if (number === null) throw conflict('scenario.unpublished', `scenario '${scenarioId}' has no published revision`);
      const revision = data.revisions[scenarioId]?.find((r) => r.revision === number);
      if (!revision) throw notFound(`revision ${number} of scenario '${scenarioId}'`);
      return revision;
    });
  }
}

export type { CompiledScenario };
