// Who holds a stage's role, who counts as a bot, and who is the gate. GitHub logins and
// team slugs are case-insensitive, so every comparison is on lower case.
import type { Policy, Stage } from './policy.ts';

export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Team members as the snapshot resolved them; a team missing from the snapshot has no members. */
export function teamMembers(teams: Readonly<Record<string, readonly string[]>>, team: string): string[] {
  const key = Object.keys(teams).find((k) => same(k, team));
  return key === undefined ? [] : [...(teams[key] ?? [])];
}

/** Every login holding the stage's role, directly or through a team, lower-cased and sorted. */
export function holdersOf(stage: Stage, teams: Readonly<Record<string, readonly string[]>>): string[] {
  const all = [...stage.pemegang.logins, ...stage.pemegang.teams.flatMap((t) => teamMembers(teams, t))];
  return [...new Set(all.map((l) => l.toLowerCase()))].sort();
}

export function isHolder(stage: Stage, teams: Readonly<Record<string, readonly string[]>>, login: string): boolean {
  return holdersOf(stage, teams).includes(login.toLowerCase());
}

export function isGate(policy: Policy, login: string): boolean {
  return policy.gate_bot.some((b) => same(b, login));
}

/** GitHub marks app and bot accounts with type "Bot" and a "[bot]" suffix; either is enough. */
export function isBot(actor: string, actorType: string): boolean {
  return actorType === 'Bot' || actor.toLowerCase().endsWith('[bot]');
}
