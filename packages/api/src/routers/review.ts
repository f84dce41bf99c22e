import { zId, zIsoDate, zPlaceScope, zTopicSlug, zUserText } from '@atalaya/domain';
import { z } from 'zod';
import {
  deleteDraftEdition,
  deleteDraftItem,
  getForReview,
  listForReview,
  publishEdition,
  reviewObservation,
  setItemPlaces,
  setItemTags,
  updateEdition,
  updateItem,
} from '../services/review.ts';
import { roleProcedure, router } from '../trpc.ts';

const analyst = roleProcedure('analyst');
const zText = (max: number) => zUserText().trim().min(1, 'This field cannot be empty').max(max);
const zOptionalText = (max: number) => zUserText().trim().max(max).nullable().transform((v) => (v === '' ? null : v));
const zUrl = zUserText()
  .trim()
  .max(2000)
  .nullable()
  .transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), 'The link must start with http:// or https://');
const zSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes').max(80);
// A place on an item: a Mexican state, national scope, the border region, or a country code.
const zItemPlace = z.union([zPlaceScope, z.literal('US-MX-BORDER'), z.string().regex(/^[A-Z]{2}$/, 'Unknown place')]);

/** The analyst's review of imported editions: edit, tag, accept or reject figures, publish. */
export const reviewRouter = router({
  list: analyst.query(({ ctx }) => listForReview(ctx.db)),
  get: analyst.input(z.object({ id: zId })).query(({ ctx, input }) => getForReview(ctx.db, input.id)),
  updateEdition: analyst
    .input(
      z.object({
        id: zId,
        title: zText(300).optional(),
        publishedOn: zIsoDate.nullable().optional(),
        author: zOptionalText(200).optional(),
        commentary: zOptionalText(20_000).optional(),
      }),
    )
    .mutation(({ ctx, input: { id, ...patch } }) => updateEdition(ctx, id, patch)),
  updateItem: analyst
    .input(
      z.object({
        id: zId,
        headline: zText(500).optional(),
        summary: zUserText().trim().max(20_000).optional(),
        date: zIsoDate.optional(),
        outlet: zOptionalText(200).optional(),
        articleAuthor: zOptionalText(200).optional(),
        originalTitle: zOptionalText(500).optional(),
        url: zUrl.optional(),
        language: z.enum(['en', 'es']).optional(),
        kind: z.enum(['summary', 'article']).optional(),
      }),
    )
    .mutation(({ ctx, input: { id, ...patch } }) => updateItem(ctx, id, patch)),
  setPlaces: analyst
    .input(z.object({ itemId: zId, places: z.array(zItemPlace).max(40) }))
    .mutation(({ ctx, input }) => setItemPlaces(ctx, input.itemId, input.places)),
  setTopics: analyst
    .input(z.object({ itemId: zId, topics: z.array(zTopicSlug).max(17) }))
    .mutation(({ ctx, input }) => setItemTags(ctx, input.itemId, 'topic', input.topics.map((slug) => ({ slug })))),
  setOrganizations: analyst
    .input(z.object({ itemId: zId, organizations: z.array(z.object({ slug: zSlug, label: zUserText().trim().max(200).optional() })).max(40) }))
    .mutation(({ ctx, input }) => setItemTags(ctx, input.itemId, 'organization', input.organizations)),
  setPeople: analyst
    .input(z.object({ itemId: zId, people: z.array(z.object({ slug: zSlug, label: zUserText().trim().max(200).optional() })).max(40) }))
    .mutation(({ ctx, input }) => setItemTags(ctx, input.itemId, 'person', input.people)),
  reviewObservation: analyst
    .input(
      z.object({
        id: zId,
        status: z.enum(['proposed', 'confirmed', 'rejected']).optional(),
        value: z.number().finite().optional(),
        place: zItemPlace.optional(),
        periodStart: zIsoDate.optional(),
        periodEnd: zIsoDate.optional(),
      }),
    )
    .mutation(({ ctx, input: { id, ...patch } }) => reviewObservation(ctx, id, patch)),
  deleteItem: analyst.input(z.object({ id: zId })).mutation(({ ctx, input }) => deleteDraftItem(ctx, input.id)),
  deleteEdition: analyst.input(z.object({ id: zId })).mutation(({ ctx, input }) => deleteDraftEdition(ctx, input.id)),
  publish: analyst.input(z.object({ id: zId })).mutation(({ ctx, input }) => publishEdition(ctx, input.id)),
});
