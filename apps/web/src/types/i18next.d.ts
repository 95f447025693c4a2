import 'i18next';
import type ko from '../locales/ko.json';
import type calls from '../locales/calls/ko.json';
import type challenges from '../locales/challenges/ko.json';
import type committee from '../locales/committee/ko.json';
import type decisions from '../locales/decisions/ko.json';
import type designations from '../locales/designations/ko.json';
import type ideas from '../locales/ideas/ko.json';
import type institutions from '../locales/institutions/ko.json';
import type mail from '../locales/mail/ko.json';
import type messages from '../locales/messages/ko.json';
import type observers from '../locales/observers/ko.json';
import type proposals from '../locales/proposals/ko.json';
import type ruleSettings from '../locales/rule-settings/ko.json';
import type sanctions from '../locales/sanctions/ko.json';
import type screening from '../locales/screening/ko.json';
import type scouting from '../locales/scouting/ko.json';
import type statistics from '../locales/statistics/ko.json';
import type workflow from '../locales/workflow/ko.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof ko;
      workflow: typeof workflow;
      calls: typeof calls;
      proposals: typeof proposals;
      screening: typeof screening;
      committee: typeof committee;
      decisions: typeof decisions;
      designations: typeof designations;
      sanctions: typeof sanctions;
      institutions: typeof institutions;
      mail: typeof mail;
      messages: typeof messages;
      observers: typeof observers;
      'rule-settings': typeof ruleSettings;
      challenges: typeof challenges;
      ideas: typeof ideas;
      scouting: typeof scouting;
      statistics: typeof statistics;
    };
  }
}
