import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * The review procedures as mutations that refresh every review query when they succeed. The refresh is
 * awaited, so a save reads as finished only once the screen shows what the server stored.
 */
export function useReviewMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = { onSuccess: () => queryClient.invalidateQueries(trpc.review.pathFilter()) };
  return {
    updateEdition: useMutation(trpc.review.updateEdition.mutationOptions(refresh)),
    updateItem: useMutation(trpc.review.updateItem.mutationOptions(refresh)),
    setPlaces: useMutation(trpc.review.setPlaces.mutationOptions(refresh)),
    setTopics: useMutation(trpc.review.setTopics.mutationOptions(refresh)),
    setOrganizations: useMutation(trpc.review.setOrganizations.mutationOptions(refresh)),
    setPeople: useMutation(trpc.review.setPeople.mutationOptions(refresh)),
    reviewObservation: useMutation(trpc.review.reviewObservation.mutationOptions(refresh)),
    deleteItem: useMutation(trpc.review.deleteItem.mutationOptions(refresh)),
  };
}

export type ReviewMutations = ReturnType<typeof useReviewMutations>;
