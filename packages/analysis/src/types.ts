import { z } from 'zod';

/** The analysis contract of design.md ("What the analysis finds"). Field names match shared/seeds/gold. */
export const relationSchema = z.enum(['implements', 'reports_on', 'basis', 'mentions']);
export type Relation = z.infer<typeof relationSchema>;

export const citationSchema = z.object({
  /** exact substring of the stored text, from the type word to the end of the symbol */
  surface: z.string(),
  /** UTF-16 offsets into the stored text */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** normal capitalisation: `Kế hoạch`, `Nghị quyết`; null for a number-only mention */
  type: z.string().nullable(),
  number: z.string(),
  symbol: z.string(),
  yearInNumber: z.string().nullable(),
  /** canonical identity key: `35-NQ/TW`, `3006/KH-UBND`, `09/2017/NĐ-CP` */
  key: z.string(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  relation: relationSchema,
  /** true for a number-only or otherwise incomplete mention */
  partial: z.boolean().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const signerSchema = z.object({
  name: z.string().nullable(),
  position: z.string().nullable(),
  authority: z.string().nullable(),
});
export type Signer = z.infer<typeof signerSchema>;

export const dateMentionSchema = z.object({
  surface: z.string(),
  /** `YYYY-MM-DD`, or `--MM-DD` for a day and month without a year */
  iso: z.string(),
  start: z.number().int().nonnegative(),
});
export type DateMention = z.infer<typeof dateMentionSchema>;

export const analysisSchema = z.object({
  docType: z.string().nullable(),
  ownNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  locality: z.string().nullable(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  yearEvidence: z.string().nullable().optional(),
  title: z.string().nullable(),
  signer: signerSchema.nullable(),
  recipients: z.array(z.string()),
  citations: z.array(citationSchema),
  unnumberedRefs: z.array(z.string()),
  units: z.array(z.string()),
  localities: z.array(z.string()),
  dates: z.array(dateMentionSchema),
  warnings: z.array(z.string()),
});
export type Analysis = z.infer<typeof analysisSchema>;
