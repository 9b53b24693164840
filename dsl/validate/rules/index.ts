import type { Rule } from '../types';
import { askRule } from './ask';
import { botsRule } from './bots';
import { botControllerRule } from './botController';
import { botIntentsRule } from './botIntents';
import { botSlotsRule } from './botSlots';
import { branchesRule } from './branches';
import { channelsRule } from './channels';
import { expressionsRule } from './expressions';
import { languageRule } from './language';
import { localesRule } from './locales';
import { loopsRule } from './loops';
import { menusRule } from './menus';
import { portsRule } from './ports';
import { reachabilityRule } from './reachability';
import { recordingRule } from './recording';
import { returnsRule } from './returns';
import { scheduleRule } from './schedule';
import { startRule } from './start';
import { subflowsRule } from './subflows';
import { variablesRule } from './variables';

/** Every rule beyond the schema, by name; each returns its own diagnostics and never depends on another. */
export const RULES: Readonly<Record<string, Rule>> = {
  start: startRule,
  ports: portsRule,
  reachability: reachabilityRule,
  loops: loopsRule,
  locales: localesRule,
  language: languageRule,
  recording: recordingRule,
  expressions: expressionsRule,
  variables: variablesRule,
  menus: menusRule,
  branches: branchesRule,
  bots: botsRule,
  botSlots: botSlotsRule,
  botController: botControllerRule,
  botIntents: botIntentsRule,
  ask: askRule,
  schedule: scheduleRule,
  subflows: subflowsRule,
  returns: returnsRule,
  channels: channelsRule,
};

export {
  askRule, botControllerRule, botIntentsRule, botSlotsRule, botsRule, branchesRule, channelsRule, expressionsRule, languageRule, localesRule, loopsRule, menusRule,
  portsRule, reachabilityRule, recordingRule, returnsRule, scheduleRule, startRule, subflowsRule, variablesRule,
};
