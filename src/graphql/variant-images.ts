import { LIVE } from '../core/live.js';
import type { Prisma } from '../generated/prisma/client.js';

interface VariantKeys {
  id: string;
  productId: string | null;
}

/**
 * The images Medusa 2.21 shows for a variant (product module `getVariantImages` and
 * `assignImagesToVariants`): those of its product assigned to no live variant, and those
 * assigned to it (`POST /admin/products/:id/images/:image_id/variants/batch`). One Prisma `where`
 * serves the resolver (with the variant's values) and the planner (with its columns).
 */
export const variantImagesWhere = (variant: VariantKeys): Prisma.ImageWhereInput => ({
  ...LIVE,
  // A variant outside any product (Medusa allows it) shows none.
  productId: variant.productId ?? { in: [] },
  OR: [
    { variantLinks: { none: { ...LIVE, variant: LIVE } } },
    { variantLinks: { some: { ...LIVE, variantId: variant.id } } },
  ],
});

export const VARIANT_IMAGES_ORDER: Prisma.ImageOrderByWithRelationInput[] = [{ rank: 'asc' }, { id: 'asc' }];
