import type { ReactNode } from 'react';
import { SchemaForm, type SchemaFormProps } from '../../../forms/SchemaForm';
import { BotForm } from './bot/BotForm';

/** Node kinds whose inspector is more than the generated form; every other kind gets SchemaForm. */
const FORMS: Partial<Record<string, (props: SchemaFormProps) => ReactNode>> = { bot: BotForm };

export const formFor = (kind: string) => FORMS[kind] ?? SchemaForm;
