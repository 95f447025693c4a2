import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { CategoriesService } from './categories.service';
import { ApiList } from '../openapi/api-response.decorator';

@ApiTags('categories')
@Controller('v1/categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  /** The catalogue's taxonomy is public reference data. */
  @Get()
  @ApiOperation({ summary: "The catalogue's categories (제품 분류)" })
  @Public()
  @ApiList('CategoryView', { description: 'Large categories, each with its middle and small categories' })
  tree() {
    return this.categories.tree();
  }
}
